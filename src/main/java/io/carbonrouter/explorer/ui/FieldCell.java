package io.carbonrouter.explorer.ui;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;

import java.util.function.Function;

/**
 * A table cell that is always a text field bound to one field of its row, so typing goes straight into
 * the view model's validation and refused text stays visible in the cell.
 */
final class FieldCell<R> extends TableCell<R, R> {

    private final TextField field = new TextField();
    private final Function<R, FieldModel<?>> fieldOf;
    private final String help;
    private FieldBinding binding;

    FieldCell(Function<R, FieldModel<?>> fieldOf, String help, String styleClass) {
        this.fieldOf = fieldOf;
        this.help = help;
        field.getStyleClass().addAll("cell-field", styleClass);
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
        if (empty || row == null) {
            setGraphic(null);
            return;
        }
        binding = FieldBinding.bind(field, fieldOf.apply(row), help);
        setGraphic(field);
    }
}
