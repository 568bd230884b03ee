package io.carbonrouter.explorer.simulation.compare;

import io.carbonrouter.explorer.simulation.KeyedSeries;
import io.carbonrouter.explorer.simulation.Run;
import io.carbonrouter.explorer.simulation.RunMetrics;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.Simulator;
import io.carbonrouter.explorer.simulation.SnapshotBuilder;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * A simulated run as the notebooks would have sampled it: one sample per step, its {@code carbon_now} the
 * intensity the engine was told at the step (the harness reads the engine's own), its requests the step's
 * share of the slot's demand (100 a slot without a demand curve, as the ledger feedback counts) split by the
 * decision's weights, and its demand label the scenario's demand at the step's slot, normalised by the curve's
 * peak (no demand curve: no demand metrics).
 */
public final class NotebookRuns {

    /** Steps recorded at a time when a run keeps no series: a chunk's series are about 130 bytes a step. */
    static final int CHUNK = 4096;
    private static final double REQUESTS_WITHOUT_DEMAND = 100.0;

    private NotebookRuns() {
    }

    /** A run's metrics and its notebook metrics, from one pass. */
    public record Both(RunMetrics metrics, NotebookMetrics notebook) {
    }

    /** The notebook metrics of a recorded run of {@code scenario}. */
    public static NotebookMetrics of(Run run, Scenario scenario) {
        NotebookAccumulator sums = accumulator(scenario);
        addSteps(sums, run, scenario);
        return sums.metrics();
    }

    /**
     * Both metrics of a whole run of {@code policy}, recorded a chunk at a time and dropped, so a deployed year
     * needs no more memory than a chunk; {@code cancelled} is polled between chunks.
     */
    public static Both metrics(Simulator simulator, Scenario scenario, String policy, SnapshotBuilder shared,
                               BooleanSupplier cancelled) {
        NotebookAccumulator sums = accumulator(scenario);
        try {
            RunMetrics m = simulator.startUnrecorded(scenario, policy, shared).stream(CHUNK, chunk -> {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("run cancelled at step " + (chunk.first() + chunk.steps()));
                }
                addSteps(sums, chunk, scenario);
            });
            return new Both(m, sums.metrics());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("a chunk sink that writes nothing failed", e);
        }
    }

    /** The accumulator for runs of {@code scenario}: its flavours and notebook energy, its demand peak. */
    public static NotebookAccumulator accumulator(Scenario scenario) {
        double peak = Double.NaN;
        for (double d : scenario.demand()) {
            peak = Double.isNaN(peak) ? d : Math.max(peak, d);
        }
        return new NotebookAccumulator(NotebookFlavours.of(scenario), peak);
    }

    /** Adds every step of {@code run} (a chunk of a longer run too) as one sample. */
    static void addSteps(NotebookAccumulator sums, Run run, Scenario scenario) {
        NotebookFlavours flavours = NotebookFlavours.of(scenario);
        KeyedSeries weights = run.weights();
        int[] column = new int[flavours.size()];
        for (int f = 0; f < column.length; f++) {
            column[f] = weights.indexOf(flavours.names().get(f));
        }
        double[] demand = scenario.demand();
        double perDemand = scenario.hasDemand() ? 1.0 : REQUESTS_WITHOUT_DEMAND;
        for (int t = 0; t < run.steps(); t++) {
            int step = t;
            double requests = run.demandWeight(t) * perDemand;
            double label = demand.length > 0 ? demand[run.slot(t) % demand.length] : Double.NaN;
            sums.add(run.forecast(t), label, f -> {
                double w = column[f] < 0 ? Double.NaN : weights.value(step, column[f]);
                return Double.isNaN(w) ? 0.0 : requests * w;
            }, Double.NaN);
        }
    }
}
