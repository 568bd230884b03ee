package io.carbonrouter.explorer.ui.form;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;

import java.util.function.Function;

/**
 * A table cell that is always a text field bound to one field of its row, so typing goes straight into
 * the view model's validation and refused text stays visible in the cell, marked by the table's
 * {@link FieldValidation}. The cell is reused for other rows: its one field stays registered and is validated
 * against whichever row it shows.
 */
public final class FieldCell<R> extends TableCell<R, R> {

    private final TextField field = new TextField();
    private final Function<R, FieldModel<?>> fieldOf;
    private final String help;
    private final FieldValidation validation;
    private FieldBinding binding;
    private FieldModel<?> shown;

    public FieldCell(Function<R, FieldModel<?>> fieldOf, String help, String styleClass, FieldValidation validation) {
        this.fieldOf = fieldOf;
        this.help = help;
        this.validation = validation;
        field.getStyleClass().addAll("cell-field", styleClass);
        validation.register(field, () -> shown);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        field.focusedProperty().addListener((obs, had, has) -> {
            if (has && getTableView() != null && getIndex() >= 0) {
                getTableView().getSelectionModel().select(getIndex());
            }
        });
    }

    @Override
    protected void updateItem(R row, boolean empty) {
        super.updateItem(row, empty);
        if (binding != null) {
            binding.unbind();
            binding = null;
        }
        shown = empty || row == null ? null : fieldOf.apply(row);
        validation.revalidate(field);
        if (shown == null) {
            setGraphic(null);
            return;
        }
        binding = FieldBinding.bind(field, shown, help);
        setGraphic(field);
    }
}
