package io.carbonrouter.explorer.ui.chart.skin;

import io.carbonrouter.explorer.ui.chart.SeriesValues;
import javafx.scene.paint.Color;

import java.util.List;

/**
 * How a series is drawn, as an object (chart-fx's {@code Renderer}): each {@code ChartSeries} names its renderer,
 * and a chart draws the renderers of its series layer by layer. A new way to draw a series is a new implementation
 * (see {@link Renderers}); the chart's painter asks it, never which kind it is.
 */
public interface SeriesRenderer {

    /** Areas, drawn first. */
    int AREA_LAYER = 0;
    /** Bars, over the areas. */
    int BAR_LAYER = 1;
    /** Lines, on top. */
    int LINE_LAYER = 2;

    /** When this renderer draws within a chart: lower layers first. */
    int layer();

    /**
     * Whether the series drawn this way stack on one another on their axis, in list order: they are then drawn
     * together ({@link #paint} gets all of them), ranged by their totals and hovered at the stack's top.
     */
    default boolean stacks() {
        return false;
    }

    /** Whether an axis with a series drawn this way starts at zero, as areas and bars fill down to it. */
    default boolean fillsFromZero() {
        return false;
    }

    /** The legend's swatch for a series drawn this way. */
    LegendItem.Swatch swatch();

    /**
     * Draws {@code series} (one series, or for a renderer that {@link #stacks() stacks} the whole stack of one
     * axis) in {@code colors}, one per series.
     */
    void paint(RenderPass pass, List<SeriesValues> series, List<Color> colors);

    /**
     * Draws the series of an overlay run (a pinned or a measured run) over or behind the current run's, already
     * in the overlay's colours ({@link GhostRenderer}): as {@link #paint} unless the renderer would hide the
     * current run.
     */
    default void paintOverlay(RenderPass pass, List<SeriesValues> series, List<Color> colors) {
        paint(pass, series, colors);
    }
}
