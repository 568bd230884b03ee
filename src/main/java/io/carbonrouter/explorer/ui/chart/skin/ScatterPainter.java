package io.carbonrouter.explorer.ui.chart.skin;

import io.carbonrouter.explorer.ui.chart.AxisSide;
import io.carbonrouter.explorer.ui.chart.ChartStyle;
import io.carbonrouter.explorer.ui.chart.ChromeColor;
import io.carbonrouter.explorer.ui.chart.ScatterData;
import io.carbonrouter.explorer.ui.chart.ScatterPlot;
import io.carbonrouter.explorer.ui.chart.ScatterPoint;
import io.carbonrouter.explorer.ui.chart.ScatterSeries;
import io.carbonrouter.explorer.ui.chart.SeriesColor;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

import java.util.ArrayList;
import java.util.List;

/** Paints a whole {@link ScatterPlot} (all but hover and selection) onto a canvas. */
final class ScatterPainter {

    static final SeriesColor CURVE = SeriesColor.of(SeriesColor.Role.FRONTIER);
    static final SeriesColor MARKER = SeriesColor.of(SeriesColor.Role.MARKER);
    private static final double RIGHT_MARGIN = 18;
    /** Room around the data, in shares of each axis's span, so no point sits on the frame. */
    private static final double SLACK = 0.04;

    private final TextMetrics metrics = new TextMetrics();

    ScatterGeometry paint(GraphicsContext gc, double width, double height, String title, ScatterData d,
                          String placeholder, ChartStyle s) {
        gc.clearRect(0, 0, width, height);
        double top = HeaderPainter.paint(gc, width, title, legend(d, s), s, metrics).bottom();
        AxisPainter.unit(gc, d.yName() + unitSuffix(d), AxisSide.LEFT, width, top + s.lineHeight() / 2, s);
        top += s.lineHeight();
        double plotTop = Math.round(top + AxisPainter.topOverhang(s));
        double plotHeight = Math.floor(height - plotTop - 2 * s.lineHeight() - AxisPainter.TICK - 4);
        double[] xr = range(d, true);
        double[] yr = range(d, false);
        NiceScale ys = NiceScale.covering(yr[0], yr[1], AxisPainter.valueTickCount(plotHeight, s));
        double left = Math.round(AxisPainter.gutter(ys, s, metrics));
        double plotWidth = Math.max(1, Math.floor(width - left - RIGHT_MARGIN));
        NiceScale xs = NiceScale.covering(xr[0], xr[1], Math.max(2, (int) (plotWidth / 70)));
        ScatterGeometry g = new ScatterGeometry(left, plotTop, plotWidth, Math.max(1, plotHeight), xs, ys);
        if (plotHeight < 8 || plotWidth < 8) {
            return g;
        }
        grid(gc, g, s);
        gc.save();
        gc.beginPath();
        gc.rect(g.left(), g.top(), g.width(), g.height());
        gc.clip();
        marker(gc, d, g, s);
        curve(gc, d, g, s);
        gc.restore();
        axes(gc, g, d, width, s);
        List<Bounds> placed = d.labelPoints() ? labels(gc, d, g, s) : new ArrayList<>();
        // Points may sit on the frame (p100 at 100 % precision): they are drawn whole, and after the labels,
        // whose pale boxes would otherwise hide a point that a neighbour's label crosses; the callout goes on top.
        points(gc, d, g, s);
        d.callout().ifPresent(c -> callout(gc, d, c, g, s, placed));
        if (d.isEmpty()) {
            gc.setFill(s.muted());
            gc.setFont(s.font());
            gc.setTextAlign(TextAlignment.CENTER);
            gc.setTextBaseline(VPos.CENTER);
            gc.fillText(placeholder, g.left() + g.width() / 2, g.top() + g.height() / 2);
        }
        return g;
    }

    private static String unitSuffix(ScatterData d) {
        return d.unit().isEmpty() ? "" : " (" + d.unit() + ")";
    }

    private static List<LegendItem> legend(ScatterData d, ChartStyle st) {
        List<LegendItem> items = new ArrayList<>();
        if (!d.labelPoints()) {
            d.series().forEach(s -> items.add(new LegendItem(s.name(), st.color(s.color()), LegendItem.Swatch.BLOCK)));
        }
        if (!d.curve().isEmpty()) {
            items.add(new LegendItem(d.curveName(), st.color(CURVE), LegendItem.Swatch.LINE));
        }
        if (d.marker().isPresent() && !d.markerName().isEmpty()) {
            items.add(new LegendItem(d.markerName(), st.color(MARKER), LegendItem.Swatch.DASHED));
        }
        return items;
    }

    /** The data's extent on one axis with some slack; the savings axis always shows 0. */
    private static double[] range(ScatterData d, boolean x) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        List<ScatterPoint> all = new ArrayList<>(d.curve());
        d.series().forEach(s -> all.addAll(s.points()));
        for (ScatterPoint p : all) {
            double v = x ? p.x() : p.y();
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (x && d.marker().isPresent()) {
            lo = Math.min(lo, d.marker().getAsDouble());
            hi = Math.max(hi, d.marker().getAsDouble());
        }
        if (!x) {
            lo = Math.min(lo, 0);
        }
        if (lo > hi) {
            return new double[] {0, 100};
        }
        double slack = Math.max(hi - lo, 1e-9) * SLACK;
        double top = hi + slack;
        // Percentages of a whole stop at 100: a precision or saving beyond it means nothing.
        if (d.unit().equals("%") && hi <= 100) {
            top = Math.min(top, 100);
        }
        return new double[] {lo - (x || lo < 0 ? slack : 0), top};
    }

    private static void grid(GraphicsContext gc, ScatterGeometry g, ChartStyle s) {
        gc.setStroke(s.grid());
        gc.setLineWidth(1);
        for (double t : g.y().ticks()) {
            double y = PlotFrame.crisp(g.py(t));
            gc.strokeLine(g.left(), y, g.right(), y);
        }
        for (double t : g.x().ticks()) {
            double x = PlotFrame.crisp(g.px(t));
            gc.strokeLine(x, g.top(), x, g.bottom());
        }
    }

    private void axes(GraphicsContext gc, ScatterGeometry g, ScatterData d, double width, ChartStyle s) {
        gc.setStroke(s.axis());
        gc.setLineWidth(1);
        double bottom = PlotFrame.crisp(g.bottom());
        double left = PlotFrame.crisp(g.left()) - 1;
        gc.strokeLine(g.left(), bottom, g.right(), bottom);
        gc.strokeLine(left, g.top(), left, bottom);
        gc.setFont(s.font());
        gc.setFill(s.muted());
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.RIGHT);
        for (double t : g.y().ticks()) {
            double y = PlotFrame.crisp(g.py(t));
            gc.strokeLine(left, y, left - AxisPainter.TICK, y);
            gc.fillText(g.y().format(t), left - AxisPainter.TICK - 4, y);
        }
        gc.setTextBaseline(VPos.TOP);
        gc.setTextAlign(TextAlignment.CENTER);
        double lastEnd = Double.NEGATIVE_INFINITY;
        for (double t : g.x().ticks()) {
            double x = PlotFrame.crisp(g.px(t));
            gc.strokeLine(x, bottom, x, bottom + AxisPainter.TICK);
            String label = g.x().format(t);
            double half = metrics.width(label, s.font()) / 2;
            if (x - half >= lastEnd + 8 && x + half <= width - 1) {
                gc.fillText(label, x, bottom + AxisPainter.TICK + 1);
                lastEnd = x + half;
            }
        }
        gc.fillText(d.xName() + unitSuffix(d), g.left() + g.width() / 2, bottom + AxisPainter.TICK + s.lineHeight());
    }

    private static void marker(GraphicsContext gc, ScatterData d, ScatterGeometry g, ChartStyle s) {
        if (d.marker().isEmpty()) {
            return;
        }
        double x = PlotFrame.crisp(g.px(d.marker().getAsDouble()));
        gc.setStroke(s.color(MARKER));
        gc.setLineWidth(1.2);
        gc.setLineDashes(5, 4);
        gc.strokeLine(x, g.top(), x, g.bottom());
        gc.setLineDashes(null);
    }

    private static void curve(GraphicsContext gc, ScatterData d, ScatterGeometry g, ChartStyle s) {
        List<ScatterPoint> c = d.curve();
        if (c.isEmpty()) {
            return;
        }
        gc.setStroke(s.color(CURVE));
        gc.setLineWidth(1.6);
        gc.beginPath();
        gc.moveTo(g.left(), g.py(c.get(0).y()));
        for (ScatterPoint p : c) {
            gc.lineTo(g.px(p.x()), g.py(p.y()));
        }
        gc.stroke();
    }

    private static void points(GraphicsContext gc, ScatterData d, ScatterGeometry g, ChartStyle s) {
        double r = radius(d);
        gc.setLineWidth(1);
        gc.setStroke(s.color(ChromeColor.POINT_RING));
        for (ScatterSeries series : d.series()) {
            gc.setFill(s.color(series.color()));
            for (ScatterPoint p : series.points()) {
                if (Double.isFinite(p.x()) && Double.isFinite(p.y())) {
                    mark(gc, series.shape(), g.px(p.x()), g.py(p.y()), r);
                }
            }
        }
    }

    /** Dots are bigger when there are few, so a handful of strategies read at a glance. */
    static double radius(ScatterData d) {
        return d.labelPoints() ? 5 : 3.5;
    }

    static void mark(GraphicsContext gc, ScatterSeries.Shape shape, double x, double y, double r) {
        if (shape == ScatterSeries.Shape.DIAMOND) {
            double k = r * 1.4;
            double[] xs = {x, x + k, x, x - k};
            double[] ys = {y - k, y, y + k, y};
            gc.fillPolygon(xs, ys, 4);
            gc.strokePolygon(xs, ys, 4);
        } else {
            gc.fillOval(x - r, y - r, 2 * r, 2 * r);
            gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
        }
    }

    /** Each label to the right of its point, else left, above or below, where it overlaps no label placed. */
    private List<Bounds> labels(GraphicsContext gc, ScatterData d, ScatterGeometry g, ChartStyle s) {
        gc.setFont(s.font());
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        double h = s.lineHeight();
        double r = radius(d) + 3;
        List<Bounds> placed = new ArrayList<>();
        for (ScatterSeries series : d.series()) {
            for (ScatterPoint p : series.points()) {
                if (!Double.isFinite(p.x()) || !Double.isFinite(p.y()) || p.label().isEmpty()) {
                    continue;
                }
                double x = g.px(p.x());
                double y = g.py(p.y());
                double w = metrics.width(p.label(), s.font());
                Bounds spot = spot(x, y, w, h, r, g, placed, List.of());
                placed.add(spot);
                gc.setFill(s.color(ChromeColor.LABEL_HALO));
                gc.fillRect(spot.getMinX() - 1, spot.getMinY(), spot.getWidth() + 2, spot.getHeight());
                gc.setFill(s.color(series.color()).deriveColor(0, 1, 0.75, 1));
                gc.fillText(p.label(), spot.getMinX(), spot.getMinY() + h / 2);
            }
        }
        return placed;
    }

    /** The called-out point ringed, its words in bold beside it where they overlap no label placed. */
    private void callout(GraphicsContext gc, ScatterData d, ScatterData.Callout c, ScatterGeometry g, ChartStyle s,
                         List<Bounds> placed) {
        ScatterSeries series = d.series().get(c.series());
        ScatterPoint p = series.points().get(c.index());
        if (!Double.isFinite(p.x()) || !Double.isFinite(p.y())) {
            return;
        }
        double x = g.px(p.x());
        double y = g.py(p.y());
        double r = radius(d) + 3;
        gc.setStroke(s.color(series.color()).deriveColor(0, 1, 0.6, 1));
        gc.setLineWidth(2);
        gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
        gc.setFont(s.bold());
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        String[] lines = c.text().split("\n");
        double w = 0;
        for (String line : lines) {
            w = Math.max(w, metrics.width(line, s.bold()));
        }
        double h = s.lineHeight();
        Bounds spot = spot(x, y, w, h * lines.length, r + 1, g, placed, dots(d, c, g));
        placed.add(spot);
        // A narrow plot has no free spot for the words: they stay inside it, over the points if they must.
        double left = Math.max(g.left() + 2, Math.min(spot.getMinX(), g.right() - w - 2));
        gc.setFill(s.color(ChromeColor.CALLOUT_HALO));
        gc.fillRect(left - 2, spot.getMinY(), w + 4, spot.getHeight());
        gc.setFill(s.color(series.color()).deriveColor(0, 1, 0.6, 1));
        for (int i = 0; i < lines.length; i++) {
            gc.fillText(lines[i], left, spot.getMinY() + h * i + h / 2);
        }
    }

    /** Every drawn point but the called-out one, as the box its dot covers. */
    private List<Bounds> dots(ScatterData d, ScatterData.Callout c, ScatterGeometry g) {
        double r = radius(d) + 1;
        List<Bounds> out = new ArrayList<>();
        for (int i = 0; i < d.series().size(); i++) {
            List<ScatterPoint> points = d.series().get(i).points();
            for (int k = 0; k < points.size(); k++) {
                ScatterPoint p = points.get(k);
                if ((i != c.series() || k != c.index()) && Double.isFinite(p.x()) && Double.isFinite(p.y())) {
                    out.add(new BoundingBox(g.px(p.x()) - r, g.py(p.y()) - r, 2 * r, 2 * r));
                }
            }
        }
        return out;
    }

    /**
     * Where the callout's words go: the first place beside the point, inside the plot, that crosses no label
     * placed and no other point's dot (a label on a dot of another colour reads as that point's); when every
     * place crosses a dot, the one crossing fewest.
     */
    static Bounds spot(double x, double y, double w, double h, double r, ScatterGeometry g,
                               List<Bounds> placed, List<Bounds> dots) {
        List<Bounds> candidates = new ArrayList<>(List.of(
                new BoundingBox(x + r, y - h / 2, w, h),
                new BoundingBox(x - r - w, y - h / 2, w, h),
                new BoundingBox(x - w / 2, y - r - h, w, h),
                new BoundingBox(x - w / 2, y + r, w, h)));
        // Crowded points (several strategies at nearly the same spot) stack their labels further up or down.
        for (int k = 0; k < 4; k++) {
            candidates.add(new BoundingBox(x + r, y - r - (k + 1) * h, w, h));
            candidates.add(new BoundingBox(x - r - w, y - r - (k + 1) * h, w, h));
            candidates.add(new BoundingBox(x + r, y + r + k * h, w, h));
            candidates.add(new BoundingBox(x - r - w, y + r + k * h, w, h));
        }
        Bounds best = null;
        long fewest = Long.MAX_VALUE;
        for (Bounds b : candidates) {
            boolean inside = b.getMinX() >= g.left() && b.getMaxX() <= g.right() + 12 && b.getMinY() >= g.top() - 4
                    && b.getMaxY() <= g.bottom();
            if (inside && placed.stream().noneMatch(b::intersects)) {
                long crossed = dots.stream().filter(b::intersects).count();
                if (crossed < fewest) {
                    best = b;
                    fewest = crossed;
                }
                if (crossed == 0) {
                    break;
                }
            }
        }
        return best != null ? best : candidates.get(x + r + w <= g.right() ? 0 : 1);
    }
}
