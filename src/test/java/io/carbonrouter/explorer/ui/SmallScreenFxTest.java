package io.carbonrouter.explorer.ui;

import io.carbonrouter.explorer.ui.chart.TimeSeriesChart;
import io.carbonrouter.explorer.ui.chart.skin.ChartGeometry;
import io.carbonrouter.explorer.ui.chart.skin.TimeSeriesChartSkin;
import javafx.scene.control.SplitPane;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** On a 1280x720 projector every result chart keeps a readable plot, in normal and in presentation mode. */
class SmallScreenFxTest extends ExplorerFxTestBase {

    private static final List<String> CHARTS = List.of("chart-weights", "chart-precision", "chart-balance",
            "chart-throttle", "chart-emissions");

    private void size(double w, double h) {
        runFx(() -> {
            window.stage().setFullScreen(false);
            window.stage().setWidth(w);
            window.stage().setHeight(h);
        });
    }

    private void assertReadable(String mode) {
        for (String id : CHARTS) {
            TimeSeriesChart chart = chart(id);
            waitUntil(() -> ((TimeSeriesChartSkin) chart.getSkin()).geometry().isPresent());
            ChartGeometry g = invoke(() -> ((TimeSeriesChartSkin) chart.getSkin()).geometry().orElseThrow());
            assertTrue(g.frame().height() >= 120, mode + " " + id + " plot is " + g.frame().height() + " px tall");
            assertTrue(g.left().ticks().length >= 3, mode + " " + id + " has " + g.left().ticks().length + " ticks");
        }
    }

    @Test
    void givenA1280x720WindowThenEveryPlotIsAtLeast120PxTallWithThreeTicks() {
        size(1280, 720);

        assertReadable("normal");
    }

    @Test
    void givenPresentationModeAt1280x720ThenEveryPlotIsAtLeast120PxTallAndTheCurvesFoldAway() {
        SplitPane centre = lookup(".centre-split").queryAs(SplitPane.class);
        runFx(() -> vm().presentationProperty().set(true));
        assertTrue(invoke(() -> window.stage().isFullScreen()), "presentation is full screen");
        size(1280, 720);

        assertReadable("presentation");
        assertTrue(invoke(() -> centre.getItems().size()) == 1, "the curve editor folds away");
        runFx(() -> vm().curvesShownProperty().set(true));
        assertReadable("presentation with curves");
        runFx(() -> vm().presentationProperty().set(false));
        assertFalse(invoke(() -> window.stage().isFullScreen()));
    }
}
