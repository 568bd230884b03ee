package io.carbonrouter.explorer.simulation.measured;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A run measured on a cluster, as upstream's benchmark harness samples it ({@code timeseries.csv} of
 * {@code experiments/run_simple_benchmark.py} and {@code run_autoscaling_benchmark.py}): one row every ~5 s with
 * the seconds since the load started, the requests each flavour served since the previous row (counted from
 * the router's {@code router_http_requests_total}), and the engine's gauges at that moment.
 *
 * @param source     the file it came from, as messages name it
 * @param elapsed    seconds since the load started, one per sample, increasing
 * @param precisions the flavours' precision in percent ({@code requests_precision_30} is 30), ascending
 * @param requests   requests served per flavour (same order as {@code precisions}) and sample
 * @param gauges     the other numeric columns by their harness name ({@code carbon_now}, {@code credit_balance},
 *                   {@code throttle_factor}, ...), NaN where a row left the cell empty
 */
public record MeasuredRun(String source, double[] elapsed, int[] precisions, double[][] requests,
                          Map<String, double[]> gauges) {

    public static final String CARBON_NOW = "carbon_now";
    public static final String CARBON_NEXT = "carbon_next";
    public static final String CREDIT_BALANCE = "credit_balance";
    public static final String CREDIT_VELOCITY = "credit_velocity";
    public static final String ENGINE_AVG_PRECISION = "engine_avg_precision";
    public static final String MEAN_PRECISION = "mean_precision";
    public static final String THROTTLE = "throttle_factor";
    /** The replica ceilings the engine published, by component. */
    public static final List<String> CEILINGS = List.of("ceiling_router", "ceiling_consumer", "ceiling_target");

    public MeasuredRun {
        Objects.requireNonNull(source);
        Objects.requireNonNull(elapsed);
        Objects.requireNonNull(precisions);
        if (requests.length != precisions.length) {
            throw new IllegalArgumentException(requests.length + " request columns for " + precisions.length
                    + " flavours");
        }
        for (double[] r : requests) {
            if (r.length != elapsed.length) {
                throw new IllegalArgumentException("a request column of " + r.length + " for " + elapsed.length
                        + " samples");
            }
        }
        for (Map.Entry<String, double[]> g : gauges.entrySet()) {
            if (g.getValue().length != elapsed.length) {
                throw new IllegalArgumentException(g.getKey() + " has " + g.getValue().length + " values for "
                        + elapsed.length + " samples");
            }
        }
        gauges = Collections.unmodifiableMap(new LinkedHashMap<>(gauges));
    }

    public int samples() {
        return elapsed.length;
    }

    /** A gauge's values; all NaN when the file has no such column. */
    public double[] gauge(String name) {
        return gauge(gauges, name, elapsed.length);
    }

    /** The named series of {@code gauges}, or {@code length} NaNs. */
    static double[] gauge(Map<String, double[]> gauges, String name, int length) {
        double[] g = gauges.get(name);
        if (g != null) {
            return g;
        }
        double[] none = new double[length];
        Arrays.fill(none, Double.NaN);
        return none;
    }

    public boolean has(String gauge) {
        return gauges.containsKey(gauge);
    }

    /** The index of the flavour of {@code precision} percent, if the run has one. */
    public OptionalInt flavour(int precision) {
        for (int f = 0; f < precisions.length; f++) {
            if (precisions[f] == precision) {
                return OptionalInt.of(f);
            }
        }
        return OptionalInt.empty();
    }

    /** Requests served in sample i, every flavour together. */
    public double total(int i) {
        double sum = 0;
        for (double[] r : requests) {
            sum += r[i];
        }
        return sum;
    }

    /** Seconds the run lasted: to its last sample. */
    public double seconds() {
        return elapsed.length == 0 ? 0 : elapsed[elapsed.length - 1];
    }
}
