package io.carbonrouter.explorer.ui.results;

import io.carbonrouter.explorer.ui.chart.ChartData;
import io.carbonrouter.explorer.ui.chart.TimeSeriesChart;
import io.carbonrouter.explorer.ui.common.ChartImage;
import io.carbonrouter.explorer.ui.common.Icons;
import io.carbonrouter.explorer.ui.common.TimelinePlots;
import io.carbonrouter.explorer.ui.common.Tooltips;
import io.carbonrouter.explorer.ui.model.Timeline;
import io.carbonrouter.explorer.ui.run.ChartSet;
import io.carbonrouter.explorer.ui.run.RunChart;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableObjectValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.GridPane;

import java.util.List;
import java.util.function.Function;

/**
 * The result charts ({@link ChartSet#CHARTS}, laid out as declared) on one time axis, the shared timeline's (its cursor, zoom window and time labels),
 * showing the pinned run as a ghost and a measured run over it.
 */
public final class ChartsView {

    private final ChartsViewModel vm;
    private final Timeline timeline;
    /** Whether the curve editor is shown above the charts (folded away in presentation mode). */
    private final BooleanProperty curvesShown;
    private final List<TimeSeriesChart> all = ChartSet.CHARTS.stream().map(c -> new TimeSeriesChart(c.title()))
            .toList();

    @FXML
    private ScrollPane scroll;
    @FXML
    private GridPane grid;
    @FXML
    private Label hover;
    @FXML
    private ToggleButton pin;
    @FXML
    private ToggleButton curves;

    public ChartsView(ChartsViewModel vm, Timeline timeline, BooleanProperty curvesShown) {
        this.vm = vm;
        this.timeline = timeline;
        this.curvesShown = curvesShown;
    }

    @FXML
    private void initialize() {
        // Clicking a chart takes the keyboard focus from any text field, so Space and the arrows work there.
        grid.setFocusTraversable(true);
        grid.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> grid.requestFocus());
        for (int i = 0; i < all.size(); i++) {
            RunChart chart = ChartSet.CHARTS.get(i);
            all.get(i).setId("chart-" + chart.id());
            show(all.get(i), set -> set.get(chart));
        }
        ChartGrid.layOut(grid, ChartSet.CHARTS, all);
        all.forEach(c -> TimelinePlots.attach(c, timeline));
        Observable[] hovers = all.stream().map(TimeSeriesChart::hoverTextProperty).toArray(Observable[]::new);
        hover.textProperty().bind(Bindings.createStringBinding(() -> all.stream()
                .map(c -> c.hoverTextProperty().get()).filter(t -> t != null && !t.isEmpty()).findFirst()
                .orElse(""), hovers));
        pin.selectedProperty().bindBidirectional(vm.pinnedProperty());
        pin.setGraphic(Icons.PIN.node());
        pin.setTooltip(Tooltips.tooltip("Pin the run on screen as a grey baseline, to compare your next edits "
                + "against it; unpin to drop it"));
        pin.setFocusTraversable(false);
        curves.selectedProperty().bindBidirectional(curvesShown);
        curves.setTooltip(Tooltips.tooltip("Show or fold away the curve editor above the charts"));
        curves.setFocusTraversable(false);
    }

    private void show(TimeSeriesChart chart, Function<ChartSet, ChartData> part) {
        chart.dataProperty().bind(Bindings.createObjectBinding(() -> part.apply(vm.chartsProperty().get()),
                vm.chartsProperty()));
        chart.ghostDataProperty().bind(overlay(vm.ghostProperty(), part));
        chart.measuredDataProperty().bind(overlay(vm.measuredProperty(), part));
    }

    private static ObjectBinding<ChartData> overlay(ObservableObjectValue<ChartSet> set,
                                                    Function<ChartSet, ChartData> part) {
        return Bindings.createObjectBinding(() -> set.get() == null ? null : part.apply(set.get()), set);
    }

    /** Each chart as it looks now, named after its subject. */
    public List<ChartImage> snapshots() {
        return all.stream().map(c -> ChartImage.of(c.getId().replaceFirst("^chart-", ""), c)).toList();
    }

    /** The chart grid as drawn: what a recording captures. */
    public Node grid() {
        return grid;
    }

    /** The scroll pane around the charts. */
    public ScrollPane scroll() {
        return scroll;
    }

    /** Gives the keyboard to the charts (Space, arrows), away from the editors. */
    public void focus() {
        grid.requestFocus();
    }
}
