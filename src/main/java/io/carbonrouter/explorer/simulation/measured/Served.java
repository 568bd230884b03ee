package io.carbonrouter.explorer.simulation.measured;

import io.carbonrouter.explorer.engine.FlavourProfile;
import io.carbonrouter.explorer.simulation.KeyedSeries;
import io.carbonrouter.explorer.simulation.Run;
import io.carbonrouter.explorer.simulation.Scenario;

import java.util.List;

/**
 * What the notebooks sum over a run: per step the carbon intensity and the requests each flavour served, the
 * flavours' precision, and the credit balance. Built alike from a measured run (its samples) and a simulated
 * one (its steps), so one set of formulas serves both.
 *
 * @param precisions per flavour, 0..1
 * @param requests   [flavour][step]
 * @param carbon     gCO2/kWh per step, NaN where unknown (the step then counts for precision only)
 * @param balance    credit balance per step, NaN where unknown
 */
public record Served(double[] precisions, double[][] requests, double[] carbon, double[] balance) {

    /** The measured run's samples as they are. */
    public static Served of(MeasuredRun m) {
        double[] precisions = new double[m.precisions().length];
        for (int f = 0; f < precisions.length; f++) {
            precisions[f] = m.precisions()[f] / 100.0;
        }
        return new Served(precisions, m.requests(), m.gauge(MeasuredRun.CARBON_NOW),
                m.gauge(MeasuredRun.CREDIT_BALANCE));
    }

    /**
     * A simulated run: each step's demand (as the run's metrics weigh it) split by the step's weights, at the
     * step's actual intensity.
     */
    public static Served of(Scenario scenario, Run run) {
        List<FlavourProfile> flavours = scenario.flavours();
        int steps = run.steps();
        double[] precisions = new double[flavours.size()];
        double[][] requests = new double[flavours.size()][steps];
        double[] carbon = new double[steps];
        double[] balance = new double[steps];
        KeyedSeries counted = run.counted().orElse(null);
        KeyedSeries w = run.weights();
        for (int f = 0; f < precisions.length; f++) {
            precisions[f] = flavours.get(f).precision();
            String name = flavours.get(f).name();
            if (counted != null) {
                // Through a cluster model: what the counters added up, as the harness reads them.
                int column = counted.indexOf(name);
                for (int t = 0; column >= 0 && t < steps; t++) {
                    requests[f][t] = counted.has(t, column) ? counted.value(t, column) : 0;
                }
                continue;
            }
            int column = w.indexOf(name);
            for (int t = 0; column >= 0 && t < steps; t++) {
                requests[f][t] = w.has(t, column) ? run.demandWeight(t) * w.value(t, column) : 0;
            }
        }
        for (int t = 0; t < steps; t++) {
            carbon[t] = counted != null ? run.gauge(t) : run.intensity(t);
            balance[t] = run.balance(t);
        }
        return new Served(precisions, requests, carbon, balance);
    }

    public int steps() {
        return carbon.length;
    }

    /** The flavour of highest precision: the notebooks' p100 baseline. */
    int top() {
        int top = 0;
        for (int f = 1; f < precisions.length; f++) {
            if (precisions[f] > precisions[top]) {
                top = f;
            }
        }
        return top;
    }
}
