package io.carbonrouter.explorer.ui.results;

import io.carbonrouter.explorer.simulation.compare.MetricDelta;
import io.carbonrouter.explorer.ui.common.Tooltips;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;

import java.util.Locale;

/** Under the charts while a run is pinned: each metric's change since the pin, green when better, red when worse. */
public final class BaselineView {

    private final BaselineViewModel vm;

    @FXML
    private HBox root;
    @FXML
    private Label heading;
    @FXML
    private FlowPane items;
    @FXML
    private Button unpin;

    public BaselineView(BaselineViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        root.visibleProperty().bind(vm.pinnedProperty());
        root.managedProperty().bind(vm.pinnedProperty());
        heading.textProperty().bind(vm.headingProperty());
        unpin.setTooltip(Tooltips.tooltip("Drop the pinned run and its grey lines"));
        vm.items().addListener((ListChangeListener<BaselineViewModel.Item>) c -> show());
        show();
    }

    private void show() {
        items.getChildren().clear();
        for (BaselineViewModel.Item item : vm.items()) {
            Label chip = new Label(item.metric() + " " + item.difference());
            chip.getStyleClass().addAll("delta", item.verdict().name().toLowerCase(Locale.ROOT));
            chip.setTooltip(Tooltips.tooltip(item.detail() + verdict(item.verdict())));
            items.getChildren().add(chip);
        }
    }

    private static String verdict(MetricDelta.Verdict v) {
        return switch (v) {
            case BETTER -> " (better)";
            case WORSE -> " (worse)";
            case SAME -> "";
        };
    }

    @FXML
    private void unpin() {
        vm.unpin();
    }
}
