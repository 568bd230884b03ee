package io.carbonrouter.explorer.ui.chart.skin;

import io.carbonrouter.explorer.ui.chart.SeriesValues;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/** Bars from zero (or the nearest edge of the axis) to each value; one pixel wide per column when dense. */
final class BarRenderer extends EachSeriesRenderer {

    BarRenderer() {
        super(BAR_LAYER, LegendItem.Swatch.BLOCK);
    }

    @Override
    public boolean fillsFromZero() {
        return true;
    }

    @Override
    void paint(RenderPass pass, SeriesValues values, Color color) {
        GraphicsContext gc = pass.gc();
        PlotFrame f = pass.frame();
        NiceScale scale = pass.scale();
        gc.setFill(color);
        double base = SeriesPainter.y(scale, f, Math.max(scale.min(), Math.min(scale.max(), 0)));
        if (f.decimated()) {
            double[] means = pass.cache().means(values, f.from(), f.to(), f.columns());
            for (int c = 0; c < means.length; c++) {
                if (Double.isFinite(means[c])) {
                    bar(gc, f.left() + c, 1, base, SeriesPainter.y(scale, f, means[c]));
                }
            }
            return;
        }
        double width = Math.max(1, Math.round(f.pxPerStep() * 0.7));
        for (int i = f.from(); i < f.to(); i++) {
            double v = values.valueAt(i);
            if (Double.isFinite(v)) {
                bar(gc, Math.round(f.x(i) - width / 2), width, base, SeriesPainter.y(scale, f, v));
            }
        }
    }

    private static void bar(GraphicsContext gc, double x, double width, double base, double top) {
        double y0 = Math.round(Math.min(base, top));
        double y1 = Math.round(Math.max(base, top));
        gc.fillRect(x, y0, width, Math.max(1, y1 - y0));
    }
}
