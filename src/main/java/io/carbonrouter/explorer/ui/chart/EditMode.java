package io.carbonrouter.explorer.ui.chart;

/** How a mouse drag edits a {@link CurveEditor}'s curve. */
public enum EditMode {
    /** Press near a point and drag it up or down. */
    DRAG_POINT,
    /** Drag across the plot to set every step under the path. */
    DRAW
}
