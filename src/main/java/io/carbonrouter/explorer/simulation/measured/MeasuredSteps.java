package io.carbonrouter.explorer.simulation.measured;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A measured run on a simulated run's steps, so the two can be drawn and summed side by side. A sample at
 * {@code s} seconds counts the requests since the previous sample, so it belongs to the step whose interval
 * {@code (t*E, (t+1)*E]} holds {@code s - offset}; a step's requests are its samples' sums, a gauge its samples'
 * mean. A step no sample falls in has NaN gauges and no requests.
 *
 * @param requests [flavour][step], same flavour order as the measured run's precisions
 * @param gauges   the measured run's gauges, one mean per step
 * @param sampled  whether any sample fell in the step
 */
public record MeasuredSteps(int[] precisions, double[][] requests, Map<String, double[]> gauges,
                            boolean[] sampled) {

    /**
     * @param stepSeconds   E, the simulated run's evaluation interval (a slot without the deployed loop)
     * @param steps         the simulated run's steps
     * @param offsetSeconds where in the simulated run the measured run's second 0 lies
     */
    public static MeasuredSteps of(MeasuredRun m, double stepSeconds, int steps, double offsetSeconds) {
        if (!(stepSeconds > 0)) {
            throw new IllegalArgumentException("step length must be above 0 s, got " + stepSeconds);
        }
        int flavours = m.precisions().length;
        double[][] requests = new double[flavours][steps];
        Map<String, double[]> sums = new LinkedHashMap<>();
        m.gauges().keySet().forEach(k -> sums.put(k, new double[steps]));
        Map<String, int[]> counts = new LinkedHashMap<>();
        m.gauges().keySet().forEach(k -> counts.put(k, new int[steps]));
        boolean[] sampled = new boolean[steps];
        for (int i = 0; i < m.samples(); i++) {
            int t = stepOf(m.elapsed()[i] + offsetSeconds, stepSeconds);
            if (t < 0 || t >= steps) {
                continue;
            }
            sampled[t] = true;
            for (int f = 0; f < flavours; f++) {
                double r = m.requests()[f][i];
                requests[f][t] += Double.isNaN(r) ? 0 : r;
            }
            for (Map.Entry<String, double[]> g : m.gauges().entrySet()) {
                double v = g.getValue()[i];
                if (!Double.isNaN(v)) {
                    sums.get(g.getKey())[t] += v;
                    counts.get(g.getKey())[t]++;
                }
            }
        }
        Map<String, double[]> gauges = new LinkedHashMap<>();
        sums.forEach((k, sum) -> {
            int[] n = counts.get(k);
            double[] mean = new double[steps];
            for (int t = 0; t < steps; t++) {
                mean[t] = n[t] == 0 ? Double.NaN : sum[t] / n[t];
            }
            gauges.put(k, mean);
        });
        return new MeasuredSteps(m.precisions().clone(), requests, gauges, sampled);
    }

    /** The step whose interval (t*E, (t+1)*E] holds {@code seconds}; a sample at 0 s belongs to step 0. */
    static int stepOf(double seconds, double stepSeconds) {
        return seconds <= 0 ? (seconds == 0 ? 0 : -1) : (int) Math.ceil(seconds / stepSeconds) - 1;
    }

    public int steps() {
        return sampled.length;
    }

    /** A gauge per step; all NaN when the measured run has no such column. */
    public double[] gauge(String name) {
        return MeasuredRun.gauge(gauges, name, steps());
    }

    /** Requests of every flavour in step t. */
    public double total(int t) {
        double sum = 0;
        for (double[] r : requests) {
            sum += r[t];
        }
        return sum;
    }

    /** The share (0..1) of step t's requests that flavour f served; NaN in a step without requests. */
    public double share(int f, int t) {
        double total = total(t);
        return sampled[t] && total > 0 ? requests[f][t] / total : Double.NaN;
    }

    /** The request-weighted precision (0..1) of step t; NaN in a step without requests. */
    public double precision(int t) {
        double total = total(t);
        if (!sampled[t] || total <= 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (int f = 0; f < precisions.length; f++) {
            sum += requests[f][t] * precisions[f] / 100.0;
        }
        return sum / total;
    }
}
