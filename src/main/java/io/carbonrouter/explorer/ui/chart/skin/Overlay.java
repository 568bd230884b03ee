package io.carbonrouter.explorer.ui.chart.skin;

import io.carbonrouter.explorer.ui.chart.ChartData;
import io.carbonrouter.explorer.ui.chart.ChromeColor;

/**
 * A second run drawn with the current one, in its own series colours mixed with a chrome colour: a pinned run
 * (the ghost) or a run measured on a cluster. Its stacked areas are dashed outlines over the current areas,
 * which would otherwise hide them; its lines and bars go behind the current run's or, for a run the user
 * compares against (a measured one), over them, so the current bars do not hide its lines.
 *
 * @param ghost  how the run is drawn: its colours mixed with a chrome colour
 * @param legend its swatch in the legend
 * @param behind whether its lines and bars go behind the current run's
 */
record Overlay(ChartData data, String label, GhostRenderer ghost, ChromeColor legend, boolean behind) {
}
