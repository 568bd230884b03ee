package io.carbonrouter.explorer.ui.run;

import io.carbonrouter.explorer.simulation.Run;
import io.carbonrouter.explorer.ui.chart.SeriesValues;

/**
 * The running totals of a run's emissions and of its p100 baseline, for the emissions chart: summed in double,
 * kept as floats (a line on a chart, 4 bytes a step; the exact totals are the run's metrics). Arrays span the
 * chart's axis and fill as a live recording grows; a view handed out never changes below its length, since
 * only later steps are written. Extended on the worker only.
 */
public final class RunningTotals {

    private final Run source;
    private final float[] emissions;
    private final float[] baseline;
    private int filled;
    private double sum;
    private double baselineSum;

    RunningTotals(Run source, int steps) {
        this.source = source;
        this.emissions = new float[steps];
        this.baseline = new float[steps];
    }

    /** Whether these totals can go on to {@code run}: a later view of the same recording, on the same axis. */
    boolean continuesTo(Run run, int steps) {
        return run.sameRecording(source) && steps == emissions.length && run.steps() >= filled;
    }

    /** Adds the steps of {@code run} past those summed so far. */
    void extendTo(Run run) {
        int end = Math.min(run.steps(), emissions.length);
        for (int t = filled; t < end; t++) {
            sum += run.emissions(t);
            baselineSum += run.baselineEmissions(t);
            emissions[t] = (float) sum;
            baseline[t] = (float) baselineSum;
        }
        filled = Math.max(filled, end);
    }

    /** The run's emissions over the steps summed so far, in run units. */
    double spent() {
        return sum;
    }

    SeriesValues emissions(Run run) {
        return SeriesValues.of(emissions, Math.min(run.steps(), emissions.length));
    }

    SeriesValues baseline(Run run) {
        return SeriesValues.of(baseline, Math.min(run.steps(), baseline.length));
    }
}
