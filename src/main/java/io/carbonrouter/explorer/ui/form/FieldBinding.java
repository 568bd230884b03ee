package io.carbonrouter.explorer.ui.form;

import javafx.beans.value.ChangeListener;
import javafx.css.PseudoClass;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/**
 * Connects a text field to a {@link FieldModel}: the text both ways, a commit on Enter and when focus
 * leaves, and refused text flagged in place (the {@code :invalid} pseudo-class and a tooltip with the
 * reason) while it stays as typed; views add the ControlsFX error mark through {@link FieldValidation}.
 * Table cells are reused, so a binding can be undone.
 */
public final class FieldBinding {

    public static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final TextField field;
    private final FieldModel<?> model;
    private final String help;
    private final Tooltip tooltip = new Tooltip();
    private final EventHandler<ActionEvent> onAction;
    private final ChangeListener<Boolean> onFocus;
    private final ChangeListener<String> onError;

    private FieldBinding(TextField field, FieldModel<?> model, String help) {
        this.field = field;
        this.model = model;
        this.help = help;
        tooltip.setShowDelay(Duration.millis(300));
        tooltip.setShowDuration(Duration.seconds(20));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(360);
        onAction = e -> model.commit();
        onFocus = (obs, had, has) -> {
            if (!has) {
                model.commit();
            }
        };
        onError = (obs, old, now) -> showError(now);
    }

    /** Binds and returns the binding, so a reused cell can {@link #unbind()} it. */
    public static FieldBinding bind(TextField field, FieldModel<?> model, String help) {
        FieldBinding b = new FieldBinding(field, model, help);
        field.textProperty().bindBidirectional(model.textProperty());
        field.addEventHandler(ActionEvent.ACTION, b.onAction);
        field.focusedProperty().addListener(b.onFocus);
        model.errorProperty().addListener(b.onError);
        field.setTooltip(b.tooltip);
        b.showError(model.errorProperty().get());
        return b;
    }

    private void showError(String error) {
        boolean bad = !error.isEmpty();
        field.pseudoClassStateChanged(INVALID, bad);
        tooltip.setText(bad ? "Refused: " + error + (help.isEmpty() ? "" : "\n\n" + help) : help);
        if (help.isEmpty() && !bad) {
            field.setTooltip(null);
        } else if (field.getTooltip() == null) {
            field.setTooltip(tooltip);
        }
    }

    public void unbind() {
        field.textProperty().unbindBidirectional(model.textProperty());
        field.removeEventHandler(ActionEvent.ACTION, onAction);
        field.focusedProperty().removeListener(onFocus);
        model.errorProperty().removeListener(onError);
        field.pseudoClassStateChanged(INVALID, false);
        field.setTooltip(null);
    }
}
