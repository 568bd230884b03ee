package io.carbonrouter.explorer.ui.form;

import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Control;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.controlsfx.control.decoration.Decoration;
import org.controlsfx.control.decoration.GraphicDecoration;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;

import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/**
 * ControlsFX validation for typed fields: each field's validator asks its {@link FieldModel} why the text would be
 * refused, and a refused field gets an error mark whose tooltip gives the reason. The model still does the
 * refusing (the text stays as typed, nothing is committed); this only shows it. One instance serves the fields of
 * one view part, so {@link #result()} sums them up.
 */
public final class FieldValidation {

    private final ValidationSupport support = new ValidationSupport();

    public FieldValidation() {
        support.setValidationDecorator(new InsideMark());
    }

    /** Validates a field against one model. */
    public void register(TextField field, FieldModel<?> model) {
        register(field, () -> model);
    }

    /**
     * Validates a field against the model {@code model} returns when the text changes, so a reused table cell
     * follows its current row; {@code null} means no model, nothing to refuse.
     */
    public void register(TextField field, Supplier<FieldModel<?>> model) {
        field.getStyleClass().add("validated");
        // ControlsFX validates later on the FX thread; by then the text and a cell's row may have moved on, so the
        // validator looks at both as they are then rather than at the text it was handed.
        support.registerValidator(field, false, (Control c, String ignored) -> {
            FieldModel<?> m = model.get();
            String reason = m == null ? "" : m.reasonFor(field.getText());
            return ValidationResult.fromErrorIf(c, reason, !reason.isEmpty());
        });
    }

    /** Checks the field again, for when its model changed but its text did not. */
    public void revalidate(TextField field) {
        support.revalidate(field);
    }

    /** The refusals of every registered field, as ControlsFX last computed them. */
    public ValidationResult result() {
        return support.getValidationResult() == null ? new ValidationResult() : support.getValidationResult();
    }

    /**
     * The ControlsFX error mark, placed inside the field at the end away from its text: on the corner (the
     * default) it would reach into the neighbouring table cell, which paints over it, or out of a scrolled pane.
     */
    private static final class InsideMark extends GraphicValidationDecoration {

        private static final double INSET = 11;

        @Override
        protected Collection<Decoration> createValidationDecorations(ValidationMessage message) {
            boolean textOnRight = message.getTarget() instanceof TextField f
                    && f.getAlignment().getHpos() == HPos.RIGHT;
            Pos pos = textOnRight ? Pos.CENTER_LEFT : Pos.CENTER_RIGHT;
            return List.of(new GraphicDecoration(createDecorationNode(message), pos, textOnRight ? INSET : -INSET, 0));
        }

        @Override
        protected Tooltip createTooltip(ValidationMessage message) {
            Tooltip tip = super.createTooltip(message);
            tip.setShowDelay(Duration.millis(150));
            tip.setShowDuration(Duration.seconds(20));
            return tip;
        }
    }
}
