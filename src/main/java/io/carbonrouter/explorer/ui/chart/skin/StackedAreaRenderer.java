package io.carbonrouter.explorer.ui.chart.skin;

import io.carbonrouter.explorer.ui.chart.SeriesValues;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

import java.util.List;

/**
 * Stacked areas: each series filled between the running total below it and its own top. A step where every
 * series is missing breaks the areas; a single missing value counts as 0.
 * Over the current run an overlay's stack is drawn as the dashed top edges of its areas, which filled would hide
 * the current areas.
 */
final class StackedAreaRenderer implements SeriesRenderer {

    /** The opacity of an overlay's outlines, so the areas under them stay readable. */
    static final double OUTLINE_ALPHA = 0.9;

    @Override
    public int layer() {
        return AREA_LAYER;
    }

    @Override
    public boolean stacks() {
        return true;
    }

    @Override
    public boolean fillsFromZero() {
        return true;
    }

    @Override
    public LegendItem.Swatch swatch() {
        return LegendItem.Swatch.BLOCK;
    }

    @Override
    public void paint(RenderPass pass, List<SeriesValues> stack, List<Color> colors) {
        GraphicsContext gc = pass.gc();
        PlotFrame f = pass.frame();
        NiceScale scale = pass.scale();
        StackedColumns columns = StackedColumns.of(f, stack, pass.cache());
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

    /** The top edges of the areas as dashed lines. */
    @Override
    public void paintOverlay(RenderPass pass, List<SeriesValues> stack, List<Color> colors) {
        GraphicsContext gc = pass.gc();
        PlotFrame f = pass.frame();
        NiceScale scale = pass.scale();
        gc.save();
        gc.setGlobalAlpha(OUTLINE_ALPHA);
        StackedColumns columns = StackedColumns.of(f, stack, pass.cache());
        gc.setLineWidth(SeriesPainter.LINE_WIDTH);
        gc.setLineDashes(SeriesPainter.DASHES);
        for (int k = 0; k < stack.size(); k++) {
            gc.setStroke(colors.get(k));
            gc.setFill(colors.get(k));
            SeriesPainter.Polyline path = new SeriesPainter.Polyline(gc);
            for (int p = 0; p < columns.size(); p++) {
                if (columns.present(p)) {
                    path.to(columns.x(p), SeriesPainter.y(scale, f, columns.upper(k, p)));
                } else {
                    path.end();
                }
            }
            path.end();
        }
        gc.setLineDashes(null);
        gc.restore();
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
                    double top = Math.round(SeriesPainter.y(scale, f, columns.upper(k, p)));
                    double bottom = Math.round(SeriesPainter.y(scale, f, columns.lower(k, p)));
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
                    double top = Math.floor(SeriesPainter.y(scale, f, columns.highest(k, p)));
                    double bottom = Math.ceil(SeriesPainter.y(scale, f, columns.lowest(k, p)));
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
            ys[up] = SeriesPainter.y(scale, f, columns.upper(k, p));
            xs[down] = xs[up];
            ys[down] = SeriesPainter.y(scale, f, columns.lower(k, p));
        }
        if (n == 1) {
            gc.fillRect(xs[0] - 0.5, Math.min(ys[0], ys[1]), 1, Math.abs(ys[1] - ys[0]));
        } else {
            gc.fillPolygon(xs, ys, 2 * n);
        }
    }
}
