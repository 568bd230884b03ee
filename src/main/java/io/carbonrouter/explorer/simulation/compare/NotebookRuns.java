package io.carbonrouter.explorer.simulation.compare;

import io.carbonrouter.explorer.engine.Decision;
import io.carbonrouter.explorer.simulation.KeyedSeries;
import io.carbonrouter.explorer.simulation.Run;
import io.carbonrouter.explorer.simulation.RunMetrics;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.Simulator;
import io.carbonrouter.explorer.simulation.SnapshotBuilder;
import io.carbonrouter.explorer.simulation.StepObserver;

import java.util.Arrays;
import java.util.function.BooleanSupplier;

/**
 * A simulated run as the notebooks would have sampled it: one sample per step, its {@code carbon_now} the
 * intensity the engine was told at the step (the harness reads the engine's own), its requests the step's
 * share of the slot's demand (100 a slot without a demand curve, as the ledger feedback counts) split by the
 * decision's weights, and its demand label the scenario's demand at the step's slot, normalised by the curve's
 * peak (no demand curve: no demand metrics).
 */
public final class NotebookRuns {

    private static final double REQUESTS_WITHOUT_DEMAND = 100.0;

    private final NotebookAccumulator sums;
    private final NotebookFlavours flavours;
    private final double[] demand;
    private final double perDemand;
    /** The step being added: its weight per flavour (NaN: not in the decision) and its requests. */
    private final double[] weight;
    private double requests;
    private final NotebookAccumulator.Requests counts;
    /** A cluster model's step being added: the requests its poll counted, by flavour. */
    private double[] countedNow = new double[0];
    private final NotebookAccumulator.Requests counted = f -> f < countedNow.length ? countedNow[f] : 0.0;

    private NotebookRuns(Scenario scenario) {
        flavours = NotebookFlavours.of(scenario);
        demand = scenario.demand();
        double peak = Double.NaN;
        for (double d : demand) {
            peak = Double.isNaN(peak) ? d : Math.max(peak, d);
        }
        sums = new NotebookAccumulator(flavours, peak);
        perDemand = scenario.hasDemand() ? 1.0 : REQUESTS_WITHOUT_DEMAND;
        weight = new double[flavours.size()];
        counts = f -> Double.isNaN(weight[f]) ? 0.0 : requests * weight[f];
    }

    /** A run's metrics and its notebook metrics, from one pass. */
    public record Both(RunMetrics metrics, NotebookMetrics notebook) {
    }

    /** The notebook metrics of a recorded run of {@code scenario}. */
    public static NotebookMetrics of(Run run, Scenario scenario) {
        NotebookRuns samples = new NotebookRuns(scenario);
        if (run.counted().isPresent()) {
            KeyedSeries counted = run.counted().get();
            double[] requests = new double[samples.weight.length];
            int[] column = new int[requests.length];
            for (int f = 0; f < column.length; f++) {
                column[f] = counted.indexOf(samples.flavours.names().get(f));
            }
            for (int t = 0; t < run.steps(); t++) {
                for (int f = 0; f < requests.length; f++) {
                    requests[f] = column[f] >= 0 && counted.has(t, column[f]) ? counted.value(t, column[f]) : 0;
                }
                samples.addCounted(run.slot(t), run.gauge(t), requests);
            }
            return samples.sums.metrics();
        }
        KeyedSeries weights = run.weights();
        int[] column = new int[samples.weight.length];
        for (int f = 0; f < column.length; f++) {
            column[f] = weights.indexOf(samples.flavours.names().get(f));
        }
        for (int t = 0; t < run.steps(); t++) {
            for (int f = 0; f < column.length; f++) {
                samples.weight[f] = column[f] < 0 ? Double.NaN : weights.value(t, column[f]);
            }
            samples.add(run.slot(t), run.demandWeight(t), run.forecast(t));
        }
        return samples.sums.metrics();
    }

    /**
     * Both metrics of a whole run of {@code policy} that keeps no series (a deployed year needs no more memory
     * than a tick); {@code cancelled} is polled.
     */
    public static Both metrics(Simulator simulator, Scenario scenario, String policy, SnapshotBuilder shared,
                               BooleanSupplier cancelled) {
        NotebookRuns samples = new NotebookRuns(scenario);
        RunMetrics m = simulator.metrics(scenario, policy, shared, cancelled, samples.observer());
        return new Both(m, samples.sums.metrics());
    }

    /** Each step's decision as a sample; flavours are found by name once per position in the decision. */
    private StepObserver observer() {
        int[] flavourAt = new int[weight.length];
        String[] nameAt = new String[weight.length];
        return new StepObserver() {
            @Override
            public void step(int slot, double demandWeight, double forecast, Decision decision) {
                fromDecision(flavourAt, nameAt, slot, demandWeight, forecast, decision);
            }

            @Override
            public void counted(int slot, double gauge, double[] requests) {
                addCounted(slot, gauge, requests);
            }
        };
    }

    private void fromDecision(int[] flavourAt, String[] nameAt, int slot, double demandWeight, double forecast,
                              Decision decision) {
        Arrays.fill(weight, Double.NaN);
        for (int i = 0; i < decision.size() && i < nameAt.length; i++) {
            String name = decision.name(i);
            if (!name.equals(nameAt[i])) {
                nameAt[i] = name;
                flavourAt[i] = flavours.indexOf(name);
            }
            if (flavourAt[i] >= 0) {
                weight[flavourAt[i]] = decision.value(i);
            }
        }
        add(slot, demandWeight, forecast);
    }

    /** A cluster model's step: the requests its poll counted, at the intensity the engine was told. */
    private void addCounted(int slot, double gauge, double[] requests) {
        countedNow = requests;
        sums.add(gauge, demandAt(slot), counted, Double.NaN);
    }

    /** Adds the step whose weights are in {@link #weight}. */
    private void add(int slot, double demandWeight, double forecast) {
        requests = demandWeight * perDemand;
        sums.add(forecast, demandAt(slot), counts, Double.NaN);
    }

    /** The demand label of a step in {@code slot} (the curve repeats); NaN without a demand curve. */
    private double demandAt(int slot) {
        return demand.length > 0 ? demand[slot % demand.length] : Double.NaN;
    }
}
