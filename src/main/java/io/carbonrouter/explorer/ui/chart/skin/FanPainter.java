package io.carbonrouter.explorer.ui.chart.skin;

import io.carbonrouter.explorer.ui.chart.AxisSide;
import io.carbonrouter.explorer.ui.chart.ChartSeries;
import io.carbonrouter.explorer.ui.chart.ChartStyle;
import io.carbonrouter.explorer.ui.chart.CurveFan;
import io.carbonrouter.explorer.ui.chart.SeriesColor;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Paints a {@link CurveFan}: bands at one and two spreads around its middle, and its line, dashed. */
final class FanPainter {

    /** The forecast's colour (the stylesheet's), apart from the grey actual curve and the blue demand. */
    static final SeriesColor COLOR = SeriesColor.of(SeriesColor.Role.FORECAST);
    private static final double INNER_OPACITY = 0.22;
    private static final double OUTER_OPACITY = 0.10;

    private FanPainter() {
    }

    /** The legend entries the fan adds after the edited curve's own. */
    static List<LegendItem> legend(CurveFan fan, String issued, ChartStyle s) {
        List<LegendItem> items = new ArrayList<>();
        items.add(new LegendItem("forecast issued " + issued, s.color(COLOR), LegendItem.Swatch.DASHED));
        if (fan.hasBands()) {
            items.add(new LegendItem("±1 sd", faded(s, INNER_OPACITY), LegendItem.Swatch.BAND));
            items.add(new LegendItem("±2 sd", faded(s, OUTER_OPACITY), LegendItem.Swatch.BAND));
        }
        return items;
    }

    /** The bands, painted before the edited curve so its line stays on top. */
    static void bands(GraphicsContext gc, PlotFrame f, NiceScale scale, CurveFan fan, ChartStyle s) {
        if (fan.hasBands()) {
            band(gc, f, scale, fan, 2, faded(s, OUTER_OPACITY));
            band(gc, f, scale, fan, 1, faded(s, INNER_OPACITY));
        }
    }

    private static Color faded(ChartStyle s, double opacity) {
        return s.color(COLOR).deriveColor(0, 1, 1, opacity);
    }

    static void line(GraphicsContext gc, PlotFrame f, NiceScale scale, CurveFan fan, int steps, ChartStyle s,
                     DecimationCache cache) {
        double[] line = new double[steps];
        Arrays.fill(line, Double.NaN);
        double[] values = fan.line();
        for (int k = 0; k < values.length && fan.from() + k < steps; k++) {
            line[fan.from() + k] = values[k];
        }
        ChartSeries series = new ChartSeries("", line, COLOR, Renderers.DASHED_LINE, AxisSide.LEFT);
        series.renderer().paint(new RenderPass(gc, f, scale, cache), List.of(series.values()), List.of(s.color(COLOR)));
    }

    /** The area between mid - width * spread (not below 0) and mid + width * spread. */
    private static void band(GraphicsContext gc, PlotFrame f, NiceScale scale, CurveFan fan, double width,
                             Color fill) {
        double[] mid = fan.mid();
        double[] spread = fan.spread();
        int n = mid.length;
        double[] xs = new double[2 * n];
        double[] ys = new double[2 * n];
        for (int k = 0; k < n; k++) {
            double x = f.x(fan.from() + k);
            xs[k] = x;
            ys[k] = scale.y(mid[k] + width * spread[k], f.top(), f.height());
            xs[2 * n - 1 - k] = x;
            ys[2 * n - 1 - k] = scale.y(Math.max(0, mid[k] - width * spread[k]), f.top(), f.height());
        }
        gc.setFill(fill);
        gc.fillPolygon(xs, ys, 2 * n);
    }
}
