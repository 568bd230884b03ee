package io.carbonrouter.explorer.ui.chart.skin;

import io.carbonrouter.explorer.ui.chart.SeriesValues;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * A decimated line as one pixel-wide rectangle per column, from its min to its max and reaching the last
 * value of the column before, so the trace stays connected. Rectangles on whole pixels rasterize far faster
 * than a zigzag path of the same envelope and stay crisp. A dashed line leaves out 4 columns in every 10
 * where it is thin. Where a line keeps swinging far within its columns it is faded: a dense run that swings
 * all the time becomes a see-through band rather than a block hiding the series under it, and a dashed one
 * shows no stripes. A lone spike (two tall columns: up, and back down) keeps its full colour.
 */
final class EnvelopeRenderer extends EachSeriesRenderer {

    /** A dashed line's column taller than this many pixels is a swing, drawn faded rather than with gaps. */
    private static final double DASHED_SWING_PX = 5;
    private static final double DASHED_SWING_OPACITY = 0.4;
    /** A solid line's column is a swing when taller than this many pixels and this share of the plot. */
    private static final double SWING_PX = 12;
    private static final double SWING_SHARE = 0.25;
    private static final double SWING_OPACITY = 0.55;

    private final boolean dashed;

    /** @param dashed whether the line it stands for is dashed */
    EnvelopeRenderer(boolean dashed) {
        super(LINE_LAYER, dashed ? LegendItem.Swatch.DASHED : LegendItem.Swatch.LINE);
        this.dashed = dashed;
    }

    /** The series' columns over the pass's frame, one per pixel. */
    @Override
    void paint(RenderPass pass, SeriesValues values, Color color) {
        GraphicsContext gc = pass.gc();
        PlotFrame f = pass.frame();
        NiceScale scale = pass.scale();
        Envelope e = pass.cache().envelope(values, f.from(), f.to(), f.columns());
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
            tops[c] = Math.round(SeriesPainter.y(scale, f, hi) - SeriesPainter.LINE_WIDTH / 2);
            bottoms[c] = Math.max(tops[c] + 2,
                    Math.round(SeriesPainter.y(scale, f, lo) + SeriesPainter.LINE_WIDTH / 2));
        }
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
}
