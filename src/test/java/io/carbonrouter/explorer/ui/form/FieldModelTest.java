package io.carbonrouter.explorer.ui.form;

import io.carbonrouter.explorer.ui.common.Formats;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FieldModelTest {

    private final List<Double> committed = new ArrayList<>();
    private final FieldModel<Double> field = new FieldModel<>(Parsers.number(0, 1, false), Formats::exact,
            committed::add);

    @Test
    void givenTypingThenEveryKeystrokeIsCheckedButOnlyCommitHandsTheValueOn() {
        field.show(0.5);

        field.textProperty().set("2");
        assertFalse(field.isValid());
        field.textProperty().set("0.7");
        assertTrue(field.isValid());
        assertTrue(committed.isEmpty());

        assertTrue(field.commit());
        assertEquals(List.of(0.7), committed);
    }

    @Test
    void givenTheSameValueThenCommitDoesNotEditAgain() {
        field.show(0.5);
        field.textProperty().set("0.50");

        assertTrue(field.commit());

        assertTrue(committed.isEmpty());
    }

    @Test
    void givenRefusedTextWhenTheModelValueMovesThenTheModelWins() {
        field.show(0.5);
        field.textProperty().set("9");

        field.show(0.5);
        assertEquals("9", field.textProperty().get(), "same value: the typed text waits for a fix");

        field.show(0.25);
        assertEquals("0.25", field.textProperty().get());
        assertTrue(field.isValid());
    }
}
