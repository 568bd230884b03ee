package io.carbonrouter.explorer.ui.chart.skin;

import io.carbonrouter.explorer.ui.chart.SeriesValues;
import io.carbonrouter.explorer.ui.chart.AxisSide;
import io.carbonrouter.explorer.ui.chart.ChartData;
import io.carbonrouter.explorer.ui.chart.ChartSeries;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

import java.util.List;
import java.util.function.Function;
import java.util.function.IntPredicate;

/**
 * Draws the series of a chart's data through their renderers, layer by layer (areas, bars, lines): in a layer the
 * series of a renderer that stacks go together, one stack per axis, then the others one by one in list order, so
 * a series listed later is drawn over one listed before it.
 */
record SeriesLayers(GraphicsContext gc, ChartGeometry geometry, DecimationCache cache) {

    /**
     * The series of {@code data} whose renderer's layer {@code onLayers} accepts, each in {@code color}; as an
     * overlay run ({@link SeriesRenderer#paintOverlay}) when {@code overlay}.
     */
    void paint(ChartData data, IntPredicate onLayers, Function<ChartSeries, Color> color, boolean overlay) {
        int[] layers = data.series().stream().mapToInt(s -> s.renderer().layer()).filter(onLayers).distinct()
                .sorted().toArray();
        for (int layer : layers) {
            List<SeriesRenderer> stacking = data.series().stream().map(ChartSeries::renderer)
                    .filter(r -> r.layer() == layer && r.stacks()).distinct().toList();
            for (SeriesRenderer r : stacking) {
                for (AxisSide side : AxisSide.values()) {
                    List<ChartSeries> stack = data.series().stream()
                            .filter(s -> s.renderer() == r && s.axis() == side).toList();
                    if (!stack.isEmpty()) {
                        draw(r, stack, stack.stream().map(color).toList(), side, overlay);
                    }
                }
            }
            for (ChartSeries s : data.series()) {
                if (s.renderer().layer() == layer && !s.renderer().stacks()) {
                    draw(s.renderer(), List.of(s), List.of(color.apply(s)), s.axis(), overlay);
                }
            }
        }
    }

    private void draw(SeriesRenderer r, List<ChartSeries> series, List<Color> colors, AxisSide side,
                      boolean overlay) {
        RenderPass pass = new RenderPass(gc, geometry.frame(), geometry.scale(side), cache);
        List<SeriesValues> values = series.stream().map(ChartSeries::values).toList();
        if (overlay) {
            r.paintOverlay(pass, values, colors);
        } else {
            r.paint(pass, values, colors);
        }
    }
}
