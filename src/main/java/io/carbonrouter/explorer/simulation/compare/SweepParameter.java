package io.carbonrouter.explorer.simulation.compare;

import io.carbonrouter.explorer.engine.PolicyConfig;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/** The settings a sweep can vary, by the names the scenario file uses. */
public enum SweepParameter {
    TARGET_ERROR("targetError", false, PolicyConfig::targetError),
    CREDIT_MIN("creditMin", false, PolicyConfig::creditMin),
    CREDIT_MAX("creditMax", false, PolicyConfig::creditMax),
    CREDIT_SENSITIVITY("creditSensitivity", false, PolicyConfig::creditSensitivity),
    CREDIT_WINDOW("creditWindow", true, PolicyConfig::creditWindow),
    THROTTLE_MIN("throttleMin", false, PolicyConfig::throttleMin),
    THROTTLE_INTENSITY_FLOOR("throttleIntensityFloor", false, PolicyConfig::throttleIntensityFloor),
    THROTTLE_INTENSITY_CEILING("throttleIntensityCeiling", false, PolicyConfig::throttleIntensityCeiling);

    private final String key;
    private final boolean whole;
    private final ToDoubleFunction<PolicyConfig> read;

    SweepParameter(String key, boolean whole, ToDoubleFunction<PolicyConfig> read) {
        this.key = key;
        this.whole = whole;
        this.read = read;
    }

    /** The name as in the scenario's {@code config} and on the command line. */
    public String key() {
        return key;
    }

    /** Whether the setting takes whole numbers only. */
    public boolean whole() {
        return whole;
    }

    public double read(PolicyConfig config) {
        return read.applyAsDouble(config);
    }

    public PolicyConfig apply(PolicyConfig c, double v) {
        return switch (this) {
            case TARGET_ERROR -> c.withTargetError(v);
            case CREDIT_MIN -> c.withCreditMin(v);
            case CREDIT_MAX -> c.withCreditMax(v);
            case CREDIT_SENSITIVITY -> c.withCreditSensitivity(v);
            case CREDIT_WINDOW -> c.withCreditWindow((int) v);
            case THROTTLE_MIN -> c.withThrottleMin(v);
            case THROTTLE_INTENSITY_FLOOR -> c.withThrottleIntensityFloor(v);
            case THROTTLE_INTENSITY_CEILING -> c.withThrottleIntensityCeiling(v);
        };
    }

    public static Optional<SweepParameter> byKey(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
    }

    /** Every valid name, for error messages. */
    public static String keys() {
        return Arrays.stream(values()).map(SweepParameter::key).collect(Collectors.joining(", "));
    }
}
