package io.carbonrouter.explorer.simulation.measured;

import io.carbonrouter.explorer.simulation.Run;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.Simulator;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;

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
     * The notebooks' energy per request: 1.00, 0.50 and 0.30 for precision 100, 50 and 30 %, that is the
     * precision itself (their {@code ENERGY_PER_REQUEST}, set apart from the engine's carbon factors).
     */
    public static final DoubleUnaryOperator NOTEBOOK_ENERGY = p -> p;

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

    public static Reconciliation of(MeasuredRun measured, Scenario scenario, Simulator simulator,
                                    DoubleUnaryOperator energy) {
        Served real = Served.of(measured);
        Run run = simulator.run(scenario);
        Map<ReconcileMetric, Double> simulated = figures(Served.of(scenario, run), energy);
        List<ModelledPart> parts = ModelledPart.of(scenario);
        List<Map<ReconcileMetric, Double>> switched = new ArrayList<>();
        for (ModelledPart p : parts) {
            Scenario ideal = p.ideal().apply(scenario);
            switched.add(figures(Served.of(ideal, simulator.run(ideal)), energy));
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
            rows.add(new Row(m, m.of(real, energy), sim,
                    best < 0 ? Optional.empty() : Optional.of(parts.get(best).key()), best < 0 ? 0 : moved));
        }
        return new Reconciliation(scenario.policy(), rows, parts.stream().map(ModelledPart::key).toList(),
                warnings(measured, run));
    }

    private static Map<ReconcileMetric, Double> figures(Served s, DoubleUnaryOperator energy) {
        Map<ReconcileMetric, Double> out = new EnumMap<>(ReconcileMetric.class);
        for (ReconcileMetric m : ReconcileMetric.values()) {
            out.put(m, m.of(s, energy));
        }
        return out;
    }

    private static List<String> warnings(MeasuredRun measured, Run run) {
        double simulatedSeconds = run.steps() * run.clock().evaluationSeconds();
        double step = run.clock().evaluationSeconds();
        if (Math.abs(simulatedSeconds - measured.seconds()) > Math.max(step, 0.1 * measured.seconds())) {
            return List.of(String.format(java.util.Locale.ROOT, "the measured run lasts %.0f s but the simulated"
                    + " run %.0f s: the figures cover different spans", measured.seconds(), simulatedSeconds));
        }
        return List.of();
    }

    public Row row(ReconcileMetric m) {
        return rows.get(m.ordinal());
    }
}
