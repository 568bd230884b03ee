package io.carbonrouter.explorer.ui.service;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

import java.util.function.Supplier;

/** "Save changes to ...?" with Yes / No / Cancel, over the main window. */
public final class FxUnsavedChangesPrompt implements UnsavedChangesPrompt {

    private final Supplier<Window> owner;

    public FxUnsavedChangesPrompt(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Answer ask(String scenarioName) {
        ButtonType save = new ButtonType("Yes, save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("No, discard", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Your edits to \"" + scenarioName
                + "\" are not saved. Save them first?", save, discard, ButtonType.CANCEL);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("Save changes to \"" + scenarioName + "\"?");
        alert.initOwner(owner.get());
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        if (answer == save) {
            return Answer.SAVE;
        }
        return answer == discard ? Answer.DISCARD : Answer.CANCEL;
    }
}
