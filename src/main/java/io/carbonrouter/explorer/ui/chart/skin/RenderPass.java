package io.carbonrouter.explorer.ui.chart.skin;

import javafx.scene.canvas.GraphicsContext;

/**
 * Where a renderer draws: the canvas, the plot's frame, the value scale of the series' axis and the chart's own
 * {@link DecimationCache}.
 */
record RenderPass(GraphicsContext gc, PlotFrame frame, NiceScale scale, DecimationCache cache) {
}
