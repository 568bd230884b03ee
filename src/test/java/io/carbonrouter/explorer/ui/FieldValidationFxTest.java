package io.carbonrouter.explorer.ui;

import io.carbonrouter.explorer.ui.common.Formats;
import io.carbonrouter.explorer.ui.form.FieldModel;
import io.carbonrouter.explorer.ui.form.FieldValidation;
import io.carbonrouter.explorer.ui.form.Parsers;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.controlsfx.validation.ValidationMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;

import static io.carbonrouter.explorer.ui.ExplorerFxTestBase.invoke;
import static io.carbonrouter.explorer.ui.ExplorerFxTestBase.runFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class FieldValidationFxTest {

    private final FieldModel<Double> share = new FieldModel<>(Parsers.number(0, 1, false), Formats::exact, v -> { });
    private final FieldModel<String> name = new FieldModel<>(Parsers.name(), n -> n, v -> { });
    private FieldValidation validation;
    private TextField shareField;
    private TextField reused;
    private FieldModel<?> reusedModel = share;

    /** Controls and their images need the toolkit, which starts before this and not before the constructor. */
    @Start
    void start(Stage stage) {
        validation = new FieldValidation();
        shareField = new TextField("0.5");
        reused = new TextField("0.5");
        validation.register(shareField, share);
        validation.register(reused, () -> reusedModel);
        stage.setScene(new Scene(new VBox(shareField, reused), 300, 100));
        stage.show();
    }

    private List<String> errors() {
        return invoke(() -> validation.result().getErrors().stream().map(ValidationMessage::getText).toList());
    }

    @Test
    void givenRefusedTextThenTheResultHoldsTheModelsReasonUntilTheTextIsFixed() {
        runFx(() -> shareField.setText("-5"));

        assertEquals(List.of("enter a number from 0 to 1"), errors());

        runFx(() -> shareField.setText("0.5"));

        assertTrue(errors().isEmpty(), errors().toString());
    }

    @Test
    void givenAReusedFieldWhenItsModelChangesThenRevalidatingJudgesTheTextByTheNewModel() {
        runFx(() -> reused.setText("a-name"));
        assertEquals(List.of("enter a number from 0 to 1"), errors());

        runFx(() -> {
            reusedModel = name;
            validation.revalidate(reused);
        });

        assertTrue(errors().isEmpty(), errors().toString());
    }
}
