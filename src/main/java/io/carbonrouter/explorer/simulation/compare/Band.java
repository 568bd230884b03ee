package io.carbonrouter.explorer.simulation.compare;

/** The spread of one metric over forecast draws: the mean and the 5th and 95th percentiles. */
public record Band(double mean, double p5, double p95) {

    public static Band of(double[] values) {
        return new Band(Percentiles.mean(values), Percentiles.of(values, 0.05), Percentiles.of(values, 0.95));
    }
}
