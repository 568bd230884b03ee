package io.carbonrouter.explorer.ui.chart.skin;

import io.carbonrouter.explorer.ui.chart.AxisSide;
import io.carbonrouter.explorer.ui.chart.ChartBand;
import io.carbonrouter.explorer.ui.chart.ChartData;
import io.carbonrouter.explorer.ui.chart.ChartStyle;
import javafx.scene.canvas.GraphicsContext;

/** A chart's bands (such as the ledger's creditMin..creditMax): filled across the plot, behind every series. */
final class BandRenderer {

    private BandRenderer() {
    }

    static void paint(GraphicsContext gc, ChartData data, ChartGeometry g, ChartStyle s) {
        PlotFrame f = g.frame();
        for (ChartBand band : data.bands()) {
            double y0 = Math.round(g.y(AxisSide.LEFT, band.high()));
            double y1 = Math.round(g.y(AxisSide.LEFT, band.low()));
            gc.setFill(s.color(band.fill()));
            gc.fillRect(f.left(), y0, f.width(), Math.max(1, y1 - y0));
        }
    }
}
