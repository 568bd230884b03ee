package io.carbonrouter.explorer.ui.chart.skin;

import io.carbonrouter.explorer.ui.chart.SeriesValues;
import javafx.scene.paint.Color;

import java.util.List;

/** A renderer that draws each of its series on its own (lines, bars), on one layer with one kind of swatch. */
abstract class EachSeriesRenderer implements SeriesRenderer {

    private final int layer;
    private final LegendItem.Swatch swatch;

    EachSeriesRenderer(int layer, LegendItem.Swatch swatch) {
        this.layer = layer;
        this.swatch = swatch;
    }

    @Override
    public final int layer() {
        return layer;
    }

    @Override
    public final LegendItem.Swatch swatch() {
        return swatch;
    }

    @Override
    public final void paint(RenderPass pass, List<SeriesValues> series, List<Color> colors) {
        for (int k = 0; k < series.size(); k++) {
            paint(pass, series.get(k), colors.get(k));
        }
    }

    /** Draws one series in {@code color}. */
    abstract void paint(RenderPass pass, SeriesValues values, Color color);
}
