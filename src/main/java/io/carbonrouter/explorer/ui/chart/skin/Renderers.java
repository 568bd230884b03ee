package io.carbonrouter.explorer.ui.chart.skin;

/**
 * The series renderers a chart's data may name. One instance each: they keep no state, so every chart shares
 * them (what a chart keeps between paints, its decimations, is its own {@link DecimationCache}).
 */
public final class Renderers {

    public static final SeriesRenderer LINE = new LineRenderer(false, false);
    public static final SeriesRenderer DASHED_LINE = new LineRenderer(true, false);
    /** A value held for its whole slot, with vertical risers between slots. */
    public static final SeriesRenderer STEP_LINE = new LineRenderer(false, true);
    /** Filled and stacked on the other stacked series of the same axis, in list order. */
    public static final SeriesRenderer STACKED_AREA = new StackedAreaRenderer();
    public static final SeriesRenderer BARS = new BarRenderer();

    private Renderers() {
    }
}
