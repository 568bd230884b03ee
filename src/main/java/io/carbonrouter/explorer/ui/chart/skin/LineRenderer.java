package io.carbonrouter.explorer.ui.chart.skin;

import io.carbonrouter.explorer.ui.chart.SeriesValues;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * A line through each step's value, solid or dashed, or a step line (a value held for its whole slot, with
 * vertical risers between slots); NaN steps and empty columns break it. Wider than the pixels, it hands the
 * columns to its {@link EnvelopeRenderer}.
 */
final class LineRenderer extends EachSeriesRenderer {

    private final boolean dashed;
    private final boolean steps;
    private final EnvelopeRenderer envelope;

    LineRenderer(boolean dashed, boolean steps) {
        super(LINE_LAYER, dashed ? LegendItem.Swatch.DASHED : LegendItem.Swatch.LINE);
        this.dashed = dashed;
        this.steps = steps;
        this.envelope = new EnvelopeRenderer(dashed);
    }

    @Override
    void paint(RenderPass pass, SeriesValues values, Color color) {
        if (pass.frame().decimated()) {
            envelope.paint(pass, values, color);
            return;
        }
        GraphicsContext gc = pass.gc();
        PlotFrame f = pass.frame();
        gc.setStroke(color);
        gc.setLineWidth(SeriesPainter.LINE_WIDTH);
        gc.setFill(color);
        gc.setLineDashes(dashed ? SeriesPainter.DASHES : null);
        SeriesPainter.Polyline path = new SeriesPainter.Polyline(gc);
        double half = f.pxPerStep() / 2;
        // One step beyond each edge, so lines run out of the clipped plot instead of stopping short.
        for (int i = Math.max(0, f.from() - 1); i <= f.to(); i++) {
            double v = i < values.length() ? values.at(i) : Double.NaN;
            if (!Double.isFinite(v)) {
                path.end();
                continue;
            }
            double x = f.x(i);
            double y = SeriesPainter.y(pass.scale(), f, v);
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
}
