package io.carbonrouter.explorer.engine;

import java.util.Objects;

/**
 * One flavour of a service: a precision level with its own carbon cost per request.
 *
 * @param name            unique name, such as {@code precision-50}
 * @param precision       share of full quality in [0, 1]
 * @param carbonIntensity per-request carbon (energy) factor, at least 0
 * @param enabled         whether the engine may route traffic to it
 */
public record FlavourProfile(String name, double precision, double carbonIntensity, boolean enabled) {

    public FlavourProfile {
        Objects.requireNonNull(name, "name");
    }

    /** Normalises input as the engine does: precision above 1 is a percentage; a missing name is derived. */
    public static FlavourProfile of(String name, double precision, double carbonIntensity, boolean enabled) {
        double p = precision > 1.0 ? precision / 100.0 : precision;
        p = EngineMath.clamp(p, 0.0, 1.0);
        String n = name == null || name.isBlank() ? defaultName(p) : name;
        return new FlavourProfile(n, p, carbonIntensity, enabled);
    }

    public static String defaultName(double precision) {
        return "precision-" + (long) Math.rint(precision * 100.0);
    }

    public double expectedError() {
        return EngineMath.max(0.0, 1.0 - precision);
    }

    public FlavourProfile withEnabled(boolean value) {
        return new FlavourProfile(name, precision, carbonIntensity, value);
    }
}
