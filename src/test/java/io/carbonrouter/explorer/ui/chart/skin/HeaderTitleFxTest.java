package io.carbonrouter.explorer.ui.chart.skin;

import io.carbonrouter.explorer.ui.chart.ChartStyle;
import io.carbonrouter.explorer.ui.chart.TimeSeriesChart;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A chart title wider than its chart ends in an ellipsis inside it, not under the chart beside it. */
@ExtendWith(ApplicationExtension.class)
class HeaderTitleFxTest {

    private static final String TITLE = "Realised vs commanded precision (%)";
    private final TextMetrics metrics = new TextMetrics();
    private ChartStyle style;

    @Start
    void start(Stage stage) {
        style = new TimeSeriesChart(TITLE).chartStyle();
    }

    @Test
    void givenRoomForTheTitleThenItShowsWhole() throws Exception {
        String shown = WaitForAsyncUtils.asyncFx(() -> HeaderPainter.fit(TITLE, 1000, style, metrics)).get();

        assertEquals(TITLE, shown);
    }

    @Test
    void givenANarrowChartThenTheTitleIsCutWithAnEllipsisThatFits() throws Exception {
        double room = WaitForAsyncUtils.asyncFx(() -> metrics.width(TITLE, style.bold())).get() * 0.6;
        String shown = WaitForAsyncUtils.asyncFx(() -> HeaderPainter.fit(TITLE, room, style, metrics)).get();
        double width = WaitForAsyncUtils.asyncFx(() -> metrics.width(shown, style.bold())).get();

        assertTrue(shown.endsWith("\u2026") && TITLE.startsWith(shown.substring(0, shown.length() - 1)), shown);
        assertTrue(width <= room, shown + " is " + width + " wide in " + room);
        assertTrue(shown.length() > TITLE.length() / 3, "no more is cut than needed: " + shown);
    }
}
