package io.carbonrouter.explorer.engine;

/**
 * The engine's tuning knobs: the credit ledger and the throttle. Values are taken as given; validation
 * happens where input enters (files, editors, arguments).
 */
public record PolicyConfig(
        double targetError,
        double creditMin,
        double creditMax,
        double creditSensitivity,
        int creditWindow,
        double throttleMin,
        double throttleIntensityFloor,
        double throttleIntensityCeiling) {

    public static final PolicyConfig DEFAULTS = new PolicyConfig(0.15, -1.0, 1.0, 0.33, 300, 0.05, 150, 350);

    public double targetPrecision() {
        return 1.0 - targetError;
    }

    public PolicyConfig withTargetError(double v) {
        return new PolicyConfig(v, creditMin, creditMax, creditSensitivity, creditWindow, throttleMin,
                throttleIntensityFloor, throttleIntensityCeiling);
    }

    public PolicyConfig withCreditMin(double v) {
        return new PolicyConfig(targetError, v, creditMax, creditSensitivity, creditWindow, throttleMin,
                throttleIntensityFloor, throttleIntensityCeiling);
    }

    public PolicyConfig withCreditMax(double v) {
        return new PolicyConfig(targetError, creditMin, v, creditSensitivity, creditWindow, throttleMin,
                throttleIntensityFloor, throttleIntensityCeiling);
    }

    public PolicyConfig withCreditSensitivity(double v) {
        return new PolicyConfig(targetError, creditMin, creditMax, v, creditWindow, throttleMin,
                throttleIntensityFloor, throttleIntensityCeiling);
    }

    public PolicyConfig withCreditWindow(int v) {
        return new PolicyConfig(targetError, creditMin, creditMax, creditSensitivity, v, throttleMin,
                throttleIntensityFloor, throttleIntensityCeiling);
    }

    public PolicyConfig withThrottleMin(double v) {
        return new PolicyConfig(targetError, creditMin, creditMax, creditSensitivity, creditWindow, v,
                throttleIntensityFloor, throttleIntensityCeiling);
    }

    public PolicyConfig withThrottleIntensityFloor(double v) {
        return new PolicyConfig(targetError, creditMin, creditMax, creditSensitivity, creditWindow, throttleMin,
                v, throttleIntensityCeiling);
    }

    public PolicyConfig withThrottleIntensityCeiling(double v) {
        return new PolicyConfig(targetError, creditMin, creditMax, creditSensitivity, creditWindow, throttleMin,
                throttleIntensityFloor, v);
    }
}
