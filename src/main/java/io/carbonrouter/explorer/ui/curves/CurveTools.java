package io.carbonrouter.explorer.ui.curves;

/**
 * The curve editor's presets sized for the scenario, on top of {@link CurveTransforms}. Shapes are made for
 * carbon intensity; a demand curve takes the same shape scaled to its current mean, so a preset changes
 * when demand comes, not how much there is.
 */
final class CurveTools {

    /** A grey winter grid overnight, a sunny noon dip down to about 90 gCO2/kWh. */
    private static final double SUN_BASE = 260;
    private static final double SUN_DIP = 170;
    private static final int SPIKE_MINUTES = 120;

    private CurveTools() {
    }

    /**
     * @param at   where a spike goes (the cursor's point)
     * @param seed the seed of the windy week's fronts
     */
    static double[] preset(CurvePreset preset, CurveTarget target, int n, int slotMinutes, double[] current,
                           int at, long seed) {
        double mean = mean(current, target);
        double[] shape = switch (preset) {
            case FLAT -> CurveTransforms.flat(n, mean);
            case DAILY_SUN -> CurveTransforms.dailySun(n, slotMinutes, SUN_BASE, SUN_DIP);
            case WINDY_WEEK -> CurveTransforms.windyWeek(n, slotMinutes, seed);
            case SPIKE -> CurveTransforms.spike(n, mean, at, Math.max(1, SPIKE_MINUTES / slotMinutes), mean);
        };
        boolean reshape = target == CurveTarget.DEMAND && preset != CurvePreset.FLAT && preset != CurvePreset.SPIKE;
        return reshape ? scaleToMean(shape, mean) : shape;
    }

    /** The mean of the curve, or a typical level for an empty one. */
    private static double mean(double[] current, CurveTarget target) {
        if (current.length == 0) {
            return target == CurveTarget.DEMAND ? CurvesViewModel.DEFAULT_DEMAND : SUN_BASE;
        }
        double sum = 0;
        for (double v : current) {
            sum += v;
        }
        return sum / current.length;
    }

    private static double[] scaleToMean(double[] shape, double mean) {
        double m = mean(shape, CurveTarget.INTENSITY);
        return m > 0 ? CurveTransforms.scale(shape, mean / m) : shape;
    }
}
