package io.carbonrouter.explorer.lesson;

import io.carbonrouter.explorer.simulation.RunMetrics;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/** A metric of the run a condition may test, written {@code run.<name>}; shares are 0..1. */
public enum RunMetric {
    SAVINGS("savings", RunMetrics::savings),
    MEAN_PRECISION("meanPrecision", RunMetrics::meanPrecision),
    MIN_PRECISION("minPrecision", RunMetrics::minPrecision),
    SHARE_BELOW_TARGET("shareBelowTarget", RunMetrics::shareBelowTarget),
    FINAL_BALANCE("finalBalance", RunMetrics::finalBalance),
    MIN_BALANCE("minBalance", RunMetrics::minBalance),
    MAX_BALANCE("maxBalance", RunMetrics::maxBalance),
    SHARE_AT_DEBT_LIMIT("shareAtDebtLimit", RunMetrics::shareAtDebtLimit),
    MEAN_THROTTLE("meanThrottle", RunMetrics::meanThrottle),
    EMISSIONS("emissions", RunMetrics::emissions),
    STEPS("steps", m -> m.steps());

    private final String key;
    private final ToDoubleFunction<RunMetrics> of;

    RunMetric(String key, ToDoubleFunction<RunMetrics> of) {
        this.key = key;
        this.of = of;
    }

    public String key() {
        return key;
    }

    public double of(RunMetrics m) {
        return of.applyAsDouble(m);
    }

    public static Optional<RunMetric> byKey(String key) {
        return Arrays.stream(values()).filter(m -> m.key.equals(key)).findFirst();
    }

    /** Every name, for messages. */
    public static String names() {
        return Arrays.stream(values()).map(m -> "run." + m.key).collect(Collectors.joining(", "));
    }
}
