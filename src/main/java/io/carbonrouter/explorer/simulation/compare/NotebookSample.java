package io.carbonrouter.explorer.simulation.compare;

import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One sample as the upstream harness writes it ({@code experiments/run_simple_benchmark.py}, a row every 5 s)
 * and the notebooks read it: the carbon intensity the engine reported ({@code carbon_now}), the demand the
 * notebooks attach to the row ({@code demand_scenario.json}, by row index), the requests counted per flavour
 * during the sample ({@code requests_precision_N}, in {@link NotebookFlavours} order) and, when the source
 * gives one, the sample's own mean precision ({@code mean_precision}, rounded to 4 decimals there and empty
 * when no request was counted). Without it the precision is computed from the requests.
 */
public record NotebookSample(double intensity, double demand, double[] requests, OptionalDouble reportedPrecision) {

    public NotebookSample {
        requests = requests.clone();
        Objects.requireNonNull(reportedPrecision);
    }

    /** A sample whose precision is its requests' mean precision. */
    public NotebookSample(double intensity, double demand, double... requests) {
        this(intensity, demand, requests, OptionalDouble.empty());
    }

    @Override
    public double[] requests() {
        return requests.clone();
    }

    double requestsOf(int i) {
        return requests[i];
    }

    int flavourCount() {
        return requests.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NotebookSample s && Double.compare(intensity, s.intensity) == 0
                && Double.compare(demand, s.demand) == 0 && Arrays.equals(requests, s.requests)
                && reportedPrecision.equals(s.reportedPrecision);
    }

    @Override
    public int hashCode() {
        return Objects.hash(intensity, demand, Arrays.hashCode(requests), reportedPrecision);
    }

    @Override
    public String toString() {
        return "NotebookSample[intensity=" + intensity + ", demand=" + demand + ", requests="
                + Arrays.toString(requests) + ", reportedPrecision=" + reportedPrecision + "]";
    }
}
