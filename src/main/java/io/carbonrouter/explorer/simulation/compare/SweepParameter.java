package io.carbonrouter.explorer.simulation.compare;

import io.carbonrouter.explorer.engine.PolicyConfig;
import io.carbonrouter.explorer.simulation.ForecastError;
import io.carbonrouter.explorer.simulation.Scenario;

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
    THROTTLE_INTENSITY_CEILING("throttleIntensityCeiling", false, PolicyConfig::throttleIntensityCeiling),
    FORECAST_ERROR_BIAS("forecastError.bias", false, c -> Double.NaN),
    FORECAST_ERROR_SD("forecastError.sd", false, c -> Double.NaN),
    FORECAST_ERROR_GROWTH("forecastError.growth", false, c -> Double.NaN),
    FORECAST_ERROR_CORRELATION("forecastError.correlation", false, c -> Double.NaN);

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

    /** The setting's value in a config; NaN for the forecast error model's settings, which live elsewhere. */
    public double read(PolicyConfig config) {
        return read.applyAsDouble(config);
    }

    /** Whether the setting belongs to the scenario's forecastError model rather than its config. */
    public boolean ofForecastError() {
        return key.startsWith("forecastError.");
    }

    /**
     * The scenario with this setting at {@code v}. A forecast error setting on a scenario without a model
     * starts from no error at all, seeded with the scenario's seed.
     */
    public Scenario apply(Scenario s, double v) {
        if (!ofForecastError()) {
            return s.withConfig(apply(s.config(), v));
        }
        ForecastError e = s.forecastError().orElse(ForecastError.NONE.withSeed(s.seed()));
        ForecastError next = switch (this) {
            case FORECAST_ERROR_BIAS -> new ForecastError(v, e.sd(), e.growth(), e.correlation(), e.seed());
            case FORECAST_ERROR_SD -> new ForecastError(e.bias(), v, e.growth(), e.correlation(), e.seed());
            case FORECAST_ERROR_GROWTH -> new ForecastError(e.bias(), e.sd(), v, e.correlation(), e.seed());
            default -> new ForecastError(e.bias(), e.sd(), e.growth(), v, e.seed());
        };
        return s.toBuilder().forecast().forecastError(Optional.of(next)).build();
    }

    /** The config with this setting at {@code v}; a forecast error setting leaves it as it is. */
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
            case FORECAST_ERROR_BIAS, FORECAST_ERROR_SD, FORECAST_ERROR_GROWTH, FORECAST_ERROR_CORRELATION -> c;
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
