package io.carbonrouter.explorer.simulation.measured;

import io.carbonrouter.explorer.simulation.Run;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.Simulator;
import io.carbonrouter.explorer.simulation.compare.NotebookFlavours;
import io.carbonrouter.explorer.simulation.compare.NotebookMetrics;
import io.carbonrouter.explorer.simulation.compare.NotebookRuns;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A measured run set against the simulated run of a scenario, figure by figure, and for each figure the
 * modelled part whose switch to its ideal value moves the simulated figure most: the scenario runs once as
 * it is and once per {@link ModelledPart}. Nothing is fitted: the scenario is run as given.
 *
 * @param policy   the strategy simulated (the scenario's)
 * @param rows     one per {@link ReconcileMetric}, in its order
 * @param parts    the parts switched, in order; empty when the scenario models none
 * @param warnings what the reader should know: a simulated run much shorter or longer than the measured one
 */
public record Reconciliation(String policy, List<Row> rows, List<String> parts, List<String> warnings) {

    /**
     * One figure.
     *
     * @param movedBy the key of the part whose ideal value moves the simulated figure most; empty when no part
     *                moves it (or there are none)
     * @param moved   the simulated figure with that part ideal, minus the simulated figure; 0 without a part
     */
    public record Row(ReconcileMetric metric, double measured, double simulated, Optional<String> movedBy,
                      double moved) {

        /** Simulated minus measured. */
        public double difference() {
            return simulated - measured;
        }
    }

    /** Energy per request is the scenario's {@code notebookEnergy} (its carbon factors where it names none). */
    public static Reconciliation of(MeasuredRun measured, Scenario scenario, Simulator simulator) {
        List<String> warnings = new ArrayList<>();
        Map<ReconcileMetric, Double> real = figures(Served.of(measured),
                MeasuredNotebook.of(measured, NotebookFlavours.of(scenario), warnings));
        Run run = simulator.run(scenario);
        Map<ReconcileMetric, Double> simulated = simulated(scenario, run);
        List<ModelledPart> parts = ModelledPart.of(scenario);
        List<Map<ReconcileMetric, Double>> switched = new ArrayList<>();
        for (ModelledPart p : parts) {
            Scenario ideal = p.ideal().apply(scenario);
            switched.add(simulated(ideal, simulator.run(ideal)));
        }
        List<Row> rows = new ArrayList<>();
        for (ReconcileMetric m : ReconcileMetric.values()) {
            double sim = simulated.get(m);
            int best = -1;
            double moved = 0;
            for (int i = 0; i < parts.size(); i++) {
                double d = switched.get(i).get(m) - sim;
                if (Math.abs(d) > Math.abs(moved) + 1e-12) {
                    best = i;
                    moved = d;
                }
            }
            rows.add(new Row(m, real.get(m), sim,
                    best < 0 ? Optional.empty() : Optional.of(parts.get(best).key()), best < 0 ? 0 : moved));
        }
        span(measured, run).ifPresent(warnings::add);
        return new Reconciliation(scenario.policy(), rows, parts.stream().map(ModelledPart::key).toList(),
                warnings);
    }

    private static Map<ReconcileMetric, Double> simulated(Scenario scenario, Run run) {
        return figures(Served.of(scenario, run), NotebookRuns.of(run, scenario));
    }

    private static Map<ReconcileMetric, Double> figures(Served s, NotebookMetrics notebook) {
        Map<ReconcileMetric, Double> out = new EnumMap<>(ReconcileMetric.class);
        for (ReconcileMetric m : ReconcileMetric.values()) {
            out.put(m, m.of(s, notebook));
        }
        return out;
    }

    private static Optional<String> span(MeasuredRun measured, Run run) {
        double simulatedSeconds = run.steps() * run.clock().evaluationSeconds();
        double step = run.clock().evaluationSeconds();
        if (Math.abs(simulatedSeconds - measured.seconds()) > Math.max(step, 0.1 * measured.seconds())) {
            return Optional.of(String.format(Locale.ROOT, "the measured run lasts %.0f s but the simulated run"
                    + " %.0f s: the figures cover different spans", measured.seconds(), simulatedSeconds));
        }
        return Optional.empty();
    }

    public Row row(ReconcileMetric m) {
        return rows.get(m.ordinal());
    }
}
