package io.carbonrouter.explorer.ui.chart;

/** How a {@link ChartSeries} is drawn. */
public enum SeriesStyle {
    LINE,
    DASHED_LINE,
    /** A value held for its whole slot, with vertical risers between slots. */
    STEP_LINE,
    /** Filled and stacked on the other stacked series of the same axis, in list order. */
    STACKED_AREA,
    BARS
}
