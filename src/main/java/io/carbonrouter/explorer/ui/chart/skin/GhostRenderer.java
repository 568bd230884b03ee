package io.carbonrouter.explorer.ui.chart.skin;

import io.carbonrouter.explorer.ui.chart.ChartData;
import io.carbonrouter.explorer.ui.chart.ChartSeries;
import io.carbonrouter.explorer.ui.chart.ChartStyle;
import io.carbonrouter.explorer.ui.chart.ChromeColor;
import javafx.scene.paint.Color;

import java.util.function.IntPredicate;

/**
 * Draws a second run with the current one (an {@link Overlay}): each of its series through its own renderer's
 * {@link SeriesRenderer#paintOverlay}, in its colour mixed with the overlay's chrome colour. The pinned run's
 * lines go pale and grey behind the current run; a measured run's stay half its mix and nearly opaque, so the
 * two never look alike.
 *
 * @param mix      the chrome colour the run's colours are mixed with
 * @param lines    how its lines and bars are mixed
 * @param outlines how the outlines of its stacked areas are mixed
 */
record GhostRenderer(ChromeColor mix, Mix lines, Mix outlines) {

    /**
     * How a series colour is turned into an overlay's: darkened first or not, moved {@code share} of the way to
     * the chrome mix colour, its saturation and opacity scaled.
     */
    record Mix(boolean darker, double share, double saturation, double opacity) {

        Color apply(Color color, Color mix) {
            Color c = darker ? color.darker() : color;
            if (share > 0) {
                c = c.interpolate(mix, share);
            }
            return c.deriveColor(0, saturation, 1, opacity);
        }
    }

    /** A pinned run's lines and bars: a third of the way to the ghost mix, greyed and half see-through. */
    static final Mix PINNED_LINES = new Mix(false, 0.35, 0.6, 0.55);
    /** A pinned run's stacked-area outlines: the flavour colour darker, a little greyed, mostly opaque. */
    static final Mix PINNED_OUTLINES = new Mix(true, 0, 0.8, 0.85);
    /** A measured run's lines and bars: halfway to its mix, nearly opaque. */
    static final Mix MEASURED_LINES = new Mix(false, 0.5, 1, 0.9);
    /** A measured run's stacked-area outlines: leaning to its mix, nearly opaque. */
    static final Mix MEASURED_OUTLINES = new Mix(false, 0.6, 1, 0.95);

    /** The pinned run's ghost. */
    static final GhostRenderer PINNED = new GhostRenderer(ChromeColor.GHOST_MIX, PINNED_LINES, PINNED_OUTLINES);
    /** A run measured on a cluster. */
    static final GhostRenderer MEASURED = new GhostRenderer(ChromeColor.MEASURED_MIX, MEASURED_LINES,
            MEASURED_OUTLINES);

    /** The overlay colour of a series drawn by {@code renderer}: outlines for a stack, else lines and bars. */
    Color color(Color color, SeriesRenderer renderer, ChartStyle s) {
        return (renderer.stacks() ? outlines : lines).apply(color, s.color(mix));
    }

    /** The overlay colour of a line, as the hover box names a measured series. */
    Color lineColor(Color color, ChartStyle s) {
        return lines.apply(color, s.color(mix));
    }

    /** The series of {@code data} on the layers {@code layers} accepts, in this overlay's colours. */
    void paint(SeriesLayers layers, ChartData data, ChartStyle s, IntPredicate onLayers) {
        layers.paint(data, onLayers, (ChartSeries series) -> color(s.color(series.color()), series.renderer(), s),
                true);
    }
}
