package io.carbonrouter.explorer.ui.chart;

import javafx.scene.paint.Color;

/** One entry of a chart's legend. */
record LegendItem(String name, Color color, SeriesStyle style) {
}
