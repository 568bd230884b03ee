package io.carbonrouter.explorer.ui.model;

import io.carbonrouter.explorer.simulation.Scenario;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScenarioModelTest {

    private final Scenario start = Scenario.builder().name("start").intensity(100, 200).build();
    private final ScenarioModel model = new ScenarioModel(start);

    @Test
    void givenAnEditThenTheScenarioChangesIsDirtyAndUndoBringsItBackClean() {
        model.edit("rename", s -> s.toBuilder().name("edited").build());

        assertEquals("edited", model.scenario().name());
        assertTrue(model.isDirty());
        assertEquals("rename", model.undoLabelProperty().get());

        model.undo();

        assertSame(start, model.scenario());
        assertFalse(model.isDirty());
        assertTrue(model.canRedoProperty().get());
    }

    @Test
    void givenAnEditThatChangesNothingThenNoUndoStepIsRecorded() {
        model.edit("nothing", s -> s);

        assertFalse(model.canUndoProperty().get());
    }

    @Test
    void givenAContinuousGestureThenItIsOneUndoStep() {
        for (int i = 1; i <= 5; i++) {
            int seed = i;
            model.editContinuous("seed", "seed", s -> s.toBuilder().seed(seed).build());
        }
        model.endGesture();

        assertEquals(5, model.scenario().seed());
        model.undo();
        assertSame(start, model.scenario());
        assertFalse(model.canUndoProperty().get());
    }

    @Test
    void givenASaveThenTheModelIsCleanAndRemembersTheFile() {
        model.edit("rename", s -> s.toBuilder().name("edited").build());

        model.markSaved(Path.of("x.yaml"));

        assertFalse(model.isDirty());
        assertEquals(Optional.of(Path.of("x.yaml")), model.fileProperty().get());
        model.undo();
        assertTrue(model.isDirty(), "undoing past the save makes it dirty again");
    }

    @Test
    void givenALoadThenHistoryIsClearedAndTheStateIsClean() {
        model.edit("rename", s -> s.toBuilder().name("edited").build());
        Scenario other = Scenario.of(5);

        model.load(other, Optional.empty());

        assertSame(other, model.scenario());
        assertFalse(model.isDirty());
        assertFalse(model.canUndoProperty().get());
    }
}
