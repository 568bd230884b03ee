package io.carbonrouter.explorer.ui.settings;

import io.carbonrouter.explorer.ui.common.Tooltips;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The operator settings as one compact grid, a column per component and a row per setting, so they fit the
 * side panel's width beside the replica bounds; a component without the setting shows a dash saying why.
 */
final class OperatorGrid {

    private OperatorGrid() {
    }

    /** @param bind binds a field to its model with help and validation, as the other settings are */
    static void fill(GridPane grid, List<OperatorSettings> all, BiConsumer<TextField, OperatorField<?>> bind) {
        for (int c = 0; c < all.size(); c++) {
            grid.add(header(OperatorSettings.title(all.get(c).component())), c + 1, 0);
        }
        List<String> labels = all.stream().flatMap(o -> o.fields().stream()).map(OperatorField::label)
                .distinct().toList();
        int row = 1;
        for (String text : labels) {
            grid.add(label(text), 0, row);
            for (int c = 0; c < all.size(); c++) {
                Optional<OperatorField<?>> f = all.get(c).field(text);
                grid.add(f.isPresent() ? field(f.get(), bind) : none(all.get(c).component()), c + 1, row);
            }
            row++;
        }
        grid.add(label("Debug logs"), 0, row);
        for (int c = 0; c < all.size(); c++) {
            OperatorSettings o = all.get(c);
            if (o.debug().isEmpty()) {
                grid.add(none(o.component()), c + 1, row);
                continue;
            }
            CheckBox box = new CheckBox();
            box.setId("setting-" + o.component() + "-debug");
            box.selectedProperty().bindBidirectional(o.debug().get());
            box.setTooltip(Tooltips.tooltip(o.debugTooltip()));
            grid.add(box, c + 1, row);
        }
    }

    private static TextField field(OperatorField<?> f, BiConsumer<TextField, OperatorField<?>> bind) {
        TextField t = new TextField();
        t.setId("setting-" + f.key());
        t.setPrefColumnCount(3);
        t.setMinWidth(40);
        t.getStyleClass().add("number-field");
        bind.accept(t, f);
        return t;
    }

    private static Label none(String component) {
        Label l = new Label("–");
        l.getStyleClass().add("unit");
        l.setTooltip(Tooltips.tooltip("The TrafficSchedule gives the " + component + " only autoscaling settings;"
                + " resources and debug apply to the router and consumer pods."));
        return l;
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("setting-label");
        // A label is never cut to "CPU trigger ..." at 1280 px: the three narrow fields give way instead.
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("grid-header");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }
}
