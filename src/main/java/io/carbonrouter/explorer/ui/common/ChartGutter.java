package io.carbonrouter.explorer.ui.common;

/** One axis-label width for every time chart, so charts stacked on one axis line up step for step. */
public final class ChartGutter {

    public static final double WIDTH = 46;

    private ChartGutter() {
    }
}
