package io.carbonrouter.explorer.simulation;

/**
 * A seeded model of forecast error. The error of the value issued at slot t for slot t+k (lead k) is
 * {@code bias + sd * (1 + growth * k) * z_k}, where z is a unit-variance AR(1) series along the lead:
 * {@code z_0 ~ N(0,1)}, {@code z_k = correlation * z_(k-1) + sqrt(1 - correlation^2) * N(0,1)}.
 *
 * @param bias        gCO2/kWh added to every forecast value
 * @param sd          standard deviation of the error at lead 0, gCO2/kWh, >= 0
 * @param growth      fraction by which the standard deviation grows per slot of lead, >= 0
 * @param correlation AR(1) correlation of the error from one lead to the next, in [-1, 1]
 * @param seed        the draws depend only on this and the issue time
 */
public record ForecastError(double bias, double sd, double growth, double correlation, long seed) {

    /** No error at all: the forecast is the actual curve. */
    public static final ForecastError NONE = new ForecastError(0, 0, 0, 0, 0);

    public ForecastError withSeed(long newSeed) {
        return new ForecastError(bias, sd, growth, correlation, newSeed);
    }

    /** Standard deviation of the error at lead k. */
    public double sdAt(int lead) {
        return sd * (1 + growth * lead);
    }
}
