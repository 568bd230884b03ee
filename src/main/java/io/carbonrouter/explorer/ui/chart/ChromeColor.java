package io.carbonrouter.explorer.ui.chart;

/**
 * The colours of what a plot draws around its data: the hover box and line, the pale boxes behind labels, the
 * rings around points, the pinned run's ghost and a measured run's overlay. Each is a styleable property of
 * {@link PlotControl} with no value in code: {@code timeseries-chart.css} sets the defaults and a theme
 * ({@code high-contrast.css}) overrides them, so no painter holds a colour of its own.
 */
public enum ChromeColor {
    /** The hover box's fill. */
    HOVER_FILL("-chart-hover-fill"),
    /** The hover box's border. */
    HOVER_BORDER("-chart-hover-border-color"),
    /** The line a time plot's hover draws at the step under the mouse. */
    HOVER_LINE("-chart-hover-line-color"),
    /** Around a hovered value's dot, a scatter mark's outline and the curve editor's points. */
    POINT_RING("-chart-point-ring-color"),
    /** Inside the ring the curve editor draws around the point a press would grab. */
    GRAB_FILL("-chart-grab-fill"),
    /** The box behind a label inside the plot (reference lines, scatter points), so the data under it does not
     *  strike it through. */
    LABEL_HALO("-chart-label-halo-color"),
    /** The box behind the scatter's called-out words. */
    CALLOUT_HALO("-chart-callout-halo-color"),
    /** What a pinned run's colours are mixed with to draw it as a ghost behind the current run. */
    GHOST_MIX("-chart-ghost-mix-color"),
    /** The pinned run's swatch in the legend. */
    GHOST_LEGEND("-chart-ghost-legend-color"),
    /** What a measured run's colours are mixed with to draw it over the simulated run. */
    MEASURED_MIX("-chart-measured-mix-color"),
    /** The measured run's swatch in the legend. */
    MEASURED_LEGEND("-chart-measured-legend-color");

    private final String cssProperty;

    ChromeColor(String cssProperty) {
        this.cssProperty = cssProperty;
    }

    /** The CSS property that sets this colour. */
    public String cssProperty() {
        return cssProperty;
    }
}
