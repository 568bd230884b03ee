package io.carbonrouter.explorer.ui.chart.skin;

import io.carbonrouter.explorer.ui.chart.ChartSeries;
import io.carbonrouter.explorer.ui.chart.SeriesStyle;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

import java.util.List;

/**
 * Paints series into a {@link PlotFrame}: every step while the steps fit in the pixels, else one decimated value
 * or min/max envelope per pixel column, so the cost follows the width, not the length of the run.
 */
final class SeriesPainter {

    static final double LINE_WIDTH = 1.6;
    private static final double[] DASHES = {6, 4};
    /** A dashed line's column taller than this many pixels is a swing, drawn faded rather than with gaps. */
    private static final double DASHED_SWING_PX = 5;
    private static final double DASHED_SWING_OPACITY = 0.4;
    /** A solid line's column is a swing when taller than this many pixels and this share of the plot. */
    private static final double SWING_PX = 12;
    private static final double SWING_SHARE = 0.25;
    private static final double SWING_OPACITY = 0.55;

    private SeriesPainter() {
    }

    /** A LINE, DASHED_LINE or STEP_LINE series; NaN steps and empty columns break the line. */
    static void line(GraphicsContext gc, PlotFrame f, ChartSeries s, NiceScale scale, Color color) {
        gc.setStroke(color);
        gc.setFill(color);
        gc.setLineWidth(LINE_WIDTH);
        if (f.decimated()) {
            envelopeColumns(gc, f, s, scale, color);
            return;
        }
        gc.setLineDashes(s.style() == SeriesStyle.DASHED_LINE ? DASHES : null);
        Polyline path = new Polyline(gc);
        double half = f.pxPerStep() / 2;
        boolean steps = s.style() == SeriesStyle.STEP_LINE;
        // One step beyond each edge, so lines run out of the clipped plot instead of stopping short.
        for (int i = Math.max(0, f.from() - 1); i <= f.to(); i++) {
            double v = s.valueAt(i);
            if (!Double.isFinite(v)) {
                path.end();
                continue;
            }
            double x = f.x(i);
            double y = y(scale, f, v);
            if (steps) {
                path.to(x - half, y);
                path.to(x + half, y);
            } else {
                path.to(x, y);
            }
        }
        path.end();
        gc.setLineDashes(null);
    }

    /**
     * A decimated line as one pixel-wide rectangle per column, from its min to its max and reaching the last
     * value of the column before, so the trace stays connected. Rectangles on whole pixels rasterize far faster
     * than a zigzag path of the same envelope and stay crisp. A dashed line leaves out 4 columns in every 10
     * where it is thin. Where a line keeps swinging far within its columns it is faded: a dense run that swings
     * all the time becomes a see-through band rather than a block hiding the series under it, and a dashed one
     * shows no stripes. A lone spike (two tall columns: up, and back down) keeps its full colour.
     */
    private static void envelopeColumns(GraphicsContext gc, PlotFrame f, ChartSeries s, NiceScale scale,
                                        Color color) {
        Envelope e = Decimator.envelope(s.values(), f.from(), f.to(), f.columns());
        int columns = e.columns();
        double[] tops = new double[columns];
        double[] bottoms = new double[columns];
        double before = Double.NaN;
        for (int c = 0; c < columns; c++) {
            if (e.isGap(c)) {
                before = Double.NaN;
                tops[c] = Double.NaN;
                continue;
            }
            double hi = Double.isNaN(before) ? e.max()[c] : Math.max(e.max()[c], before);
            double lo = Double.isNaN(before) ? e.min()[c] : Math.min(e.min()[c], before);
            before = e.last()[c];
            tops[c] = Math.round(y(scale, f, hi) - LINE_WIDTH / 2);
            bottoms[c] = Math.max(tops[c] + 2, Math.round(y(scale, f, lo) + LINE_WIDTH / 2));
        }
        boolean dashed = s.style() == SeriesStyle.DASHED_LINE;
        double swingPx = dashed ? DASHED_SWING_PX : Math.max(SWING_PX, f.height() * SWING_SHARE);
        boolean[] swing = new boolean[columns];
        for (int c = 0; c < columns; c++) {
            swing[c] = bottoms[c] - tops[c] > swingPx;
        }
        Color faded = color.deriveColor(0, 1, 1, dashed ? DASHED_SWING_OPACITY : SWING_OPACITY);
        for (int c = 0; c < columns; c++) {
            if (Double.isNaN(tops[c])) {
                continue;
            }
            boolean swinging = swing[c] && c > 0 && c < columns - 1 && swing[c - 1] && swing[c + 1];
            if (dashed && !swinging && c % 10 >= 6) {
                continue;
            }
            gc.setFill(swinging ? faded : color);
            gc.fillRect(f.left() + c, tops[c], 1, bottoms[c] - tops[c]);
        }
    }

    /** Bars from zero (or the nearest edge of the axis) to each value; one pixel wide per column when dense. */
    static void bars(GraphicsContext gc, PlotFrame f, ChartSeries s, NiceScale scale, Color color) {
        gc.setFill(color);
        double base = y(scale, f, Math.max(scale.min(), Math.min(scale.max(), 0)));
        if (f.decimated()) {
            double[] means = Decimator.means(s.values(), f.from(), f.to(), f.columns());
            for (int c = 0; c < means.length; c++) {
                if (Double.isFinite(means[c])) {
                    bar(gc, f.left() + c, 1, base, y(scale, f, means[c]));
                }
            }
            return;
        }
        double width = Math.max(1, Math.round(f.pxPerStep() * 0.7));
        for (int i = f.from(); i < f.to(); i++) {
            double v = s.valueAt(i);
            if (Double.isFinite(v)) {
                bar(gc, Math.round(f.x(i) - width / 2), width, base, y(scale, f, v));
            }
        }
    }

    /**
     * Stacked areas: each series filled between the running total below it and its own top. A step where every
     * series is missing breaks the areas; a single missing value counts as 0.
     */
    static void stacked(GraphicsContext gc, PlotFrame f, List<ChartSeries> stack, NiceScale scale,
                        List<Color> colors) {
        StackedColumns columns = StackedColumns.of(f, stack);
        if (f.decimated()) {
            stackedColumns(gc, f, scale, columns, colors);
            return;
        }
        for (int k = 0; k < stack.size(); k++) {
            gc.setFill(colors.get(k));
            int start = -1;
            for (int p = 0; p <= columns.size(); p++) {
                boolean present = p < columns.size() && columns.present(p);
                if (present && start < 0) {
                    start = p;
                } else if (!present && start >= 0) {
                    fillBetween(gc, f, scale, columns, k, start, p);
                    start = -1;
                }
            }
        }
    }

    /** The top edges of stacked areas as lines, for a ghost run that the filled areas would hide. */
    static void stackedOutlines(GraphicsContext gc, PlotFrame f, List<ChartSeries> stack, NiceScale scale,
                                List<Color> colors) {
        StackedColumns columns = StackedColumns.of(f, stack);
        gc.setLineWidth(LINE_WIDTH);
        gc.setLineDashes(DASHES);
        for (int k = 0; k < stack.size(); k++) {
            gc.setStroke(colors.get(k));
            gc.setFill(colors.get(k));
            Polyline path = new Polyline(gc);
            for (int p = 0; p < columns.size(); p++) {
                if (columns.present(p)) {
                    path.to(columns.x(p), y(scale, f, columns.upper(k, p)));
                } else {
                    path.end();
                }
            }
            path.end();
        }
        gc.setLineDashes(null);
    }

    /**
     * Dense stacks as a pixel column per series and column, edges on whole pixels so neighbours meet exactly; then,
     * across each boundary between two series, the range that boundary took within the column (its min/max
     * envelope) in the darker shade of the series below it, so a split that swings within a column does not read
     * as a flat band.
     */
    private static void stackedColumns(GraphicsContext gc, PlotFrame f, NiceScale scale, StackedColumns columns,
                                       List<Color> colors) {
        for (int k = 0; k < colors.size(); k++) {
            gc.setFill(colors.get(k));
            for (int p = 0; p < columns.size(); p++) {
                if (columns.present(p)) {
                    double top = Math.round(y(scale, f, columns.upper(k, p)));
                    double bottom = Math.round(y(scale, f, columns.lower(k, p)));
                    if (bottom > top) {
                        gc.fillRect(f.left() + p, top, 1, bottom - top);
                    }
                }
            }
        }
        if (!columns.spread()) {
            return;
        }
        for (int k = 0; k + 1 < colors.size(); k++) {
            gc.setFill(colors.get(k).darker());
            for (int p = 0; p < columns.size(); p++) {
                if (columns.present(p) && columns.highest(k, p) > columns.lowest(k, p)) {
                    double top = Math.floor(y(scale, f, columns.highest(k, p)));
                    double bottom = Math.ceil(y(scale, f, columns.lowest(k, p)));
                    gc.fillRect(f.left() + p, top, 1, Math.max(1, bottom - top));
                }
            }
        }
    }

    private static void fillBetween(GraphicsContext gc, PlotFrame f, NiceScale scale, StackedColumns columns,
                                    int k, int start, int end) {
        int n = end - start;
        double[] xs = new double[2 * n];
        double[] ys = new double[2 * n];
        for (int p = start; p < end; p++) {
            int up = p - start;
            int down = 2 * n - 1 - up;
            xs[up] = columns.x(p);
            ys[up] = y(scale, f, columns.upper(k, p));
            xs[down] = xs[up];
            ys[down] = y(scale, f, columns.lower(k, p));
        }
        if (n == 1) {
            gc.fillRect(xs[0] - 0.5, Math.min(ys[0], ys[1]), 1, Math.abs(ys[1] - ys[0]));
        } else {
            gc.fillPolygon(xs, ys, 2 * n);
        }
    }

    private static void bar(GraphicsContext gc, double x, double width, double base, double top) {
        double y0 = Math.round(Math.min(base, top));
        double y1 = Math.round(Math.max(base, top));
        gc.fillRect(x, y0, width, Math.max(1, y1 - y0));
    }

    /** A y kept a little outside the plot, so huge values clip cleanly instead of overflowing the path. */
    static double y(NiceScale scale, PlotFrame f, double value) {
        double y = scale.y(value, f.top(), f.height());
        return Math.max(f.top() - 10, Math.min(f.bottom() + 10, y));
    }

    /** Strokes connected points; a lone point between gaps becomes a dot so it does not vanish. */
    private static final class Polyline {
        private final GraphicsContext gc;
        private int points;
        private double firstX;
        private double firstY;

        Polyline(GraphicsContext gc) {
            this.gc = gc;
        }

        void to(double x, double y) {
            if (points == 0) {
                gc.beginPath();
                gc.moveTo(x, y);
                firstX = x;
                firstY = y;
            } else {
                gc.lineTo(x, y);
            }
            points++;
        }

        void end() {
            if (points == 1) {
                gc.fillOval(firstX - LINE_WIDTH, firstY - LINE_WIDTH, 2 * LINE_WIDTH, 2 * LINE_WIDTH);
            } else if (points > 1) {
                gc.stroke();
            }
            points = 0;
        }
    }
}
