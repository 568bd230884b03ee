package io.carbonrouter.explorer.ui.chart;

/** The value axis a series is measured on. */
public enum AxisSide {
    LEFT,
    RIGHT
}
