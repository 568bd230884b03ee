package io.carbonrouter.explorer.engine;

/**
 * Which version of the engine's throttle (the ScalingDirective of upstream {@code models.py}) a strategy runs
 * with. The default names run {@link #CURRENT}; a historical version ({@code name@commit}) names the one that
 * was in force at its commit.
 */
public enum ThrottleRules {

    /**
     * Upstream HEAD (since 45aea22, 2025-11-22): the TrafficSchedule's throttleMin, throttleIntensityFloor and
     * throttleIntensityCeiling; throttle 1 when the intensity ratio is at least 0.99, else eased 60 % towards
     * the intensity ratio when that is the larger; lowered by the opportunity ratio of the next 6 slots.
     */
    CURRENT,

    /**
     * Before 65bb211 (2025-11-22 15:00 +0100): {@code clamp(min(creditsRatio, intensityRatio), throttleMin, 1)}
     * and nothing more. The engine did not read the TrafficSchedule's throttle settings then but the
     * Deployment's environment (THROTTLE_MIN, THROTTLE_INTENSITY_FLOOR, THROTTLE_INTENSITY_CEILING; the helm
     * umbrella chart set 0.15, 100 and 300, the engine's own defaults were 0.2, 150 and 350): the scenario's
     * throttle settings stand for that environment.
     */
    BEFORE_65BB211
}
