package io.carbonrouter.explorer.simulation.compare;

import java.util.List;

/**
 * The notebooks' formulas, summed sample by sample so a long run needs no series: the same code for a
 * measured run (the harness's CSV rows) and a simulated one ({@link NotebookRuns}). Each line follows
 * {@code calculate_carbon_emissions} and {@code calculate_demand_metrics} of
 * {@code experiments/ultimate_strategy_showdown.ipynb}, guards included: a sample without requests has no
 * precision (pandas' NaN, skipped by its sums and means) but its demand still counts in the denominator.
 */
public final class NotebookAccumulator {

    static final double HIGH_DEMAND = 0.8;
    static final double LOW_DEMAND = 0.3;
    static final double PEAK_DEMAND = 0.9;

    private final NotebookFlavours flavours;
    private final double demandPeak;
    private int samples;
    private double requests;
    private double precisionSum;
    private double carbon;
    private double baseline;
    private double nonLinearCarbon;
    private double nonLinearBaseline;
    private double demandSum;
    private double weightedPrecision;
    private final Mean high = new Mean();
    private final Mean low = new Mean();
    private int peakSamples;
    private double peakBaseline;
    private double peakRequests;

    /**
     * @param demandPeak what the demand labels are normalised by: the notebooks' {@code max(demand_pattern)};
     *                   NaN (or not above 0) when the samples carry no demand, so the demand metrics are NaN
     */
    public NotebookAccumulator(NotebookFlavours flavours, double demandPeak) {
        this.flavours = flavours;
        this.demandPeak = demandPeak > 0 && Double.isFinite(demandPeak) ? demandPeak : Double.NaN;
    }

    /** The metrics of {@code samples}, in order. */
    public static NotebookMetrics of(NotebookFlavours flavours, double demandPeak, List<NotebookSample> samples) {
        NotebookAccumulator sums = new NotebookAccumulator(flavours, demandPeak);
        samples.forEach(sums::add);
        return sums.metrics();
    }

    public void add(NotebookSample s) {
        if (s.flavourCount() != flavours.size()) {
            throw new IllegalArgumentException("a sample has requests for " + s.flavourCount() + " flavours, "
                    + flavours.names() + " are " + flavours.size());
        }
        add(s.intensity(), s.demand(), s::requestsOf, s.reportedPrecision().orElse(Double.NaN));
    }

    /** Requests of flavour i in the sample being added. */
    @FunctionalInterface
    public interface Requests {
        double of(int flavour);
    }

    /**
     * One sample without building one: {@code counts} gives its requests per flavour, {@code reported} its own
     * mean precision (NaN to compute it from the requests).
     */
    public void add(double intensity, double demand, Requests counts, double reported) {
        double total = 0.0;
        double energy = 0.0;
        double precise = 0.0;
        for (int f = 0; f < flavours.size(); f++) {
            double r = counts.of(f);
            total += r;
            energy += r * flavours.energyOf(f);
            precise += r * flavours.precisionOf(f);
        }
        samples++;
        requests += total;
        precisionSum += precise;
        double sampleCarbon = intensity * energy;
        double sampleBaseline = intensity * total * flavours.energyOf(flavours.baseline());
        double w = NotebookMetrics.nonLinearWeight(intensity);
        carbon += sampleCarbon;
        baseline += sampleBaseline;
        nonLinearCarbon += sampleCarbon * w;
        nonLinearBaseline += sampleBaseline * w;
        if (Double.isNaN(demandPeak)) {
            return;
        }
        double precision = !Double.isNaN(reported) ? reported : total > 0 ? precise / total : Double.NaN;
        double normalised = demand / demandPeak;
        demandSum += normalised;
        if (!Double.isNaN(precision)) {
            weightedPrecision += precision * normalised;
        }
        if (normalised >= HIGH_DEMAND) {
            high.add(precision);
        }
        if (normalised <= LOW_DEMAND) {
            low.add(precision);
        }
        if (normalised >= PEAK_DEMAND) {
            peakSamples++;
            peakBaseline += counts.of(flavours.baseline());
            peakRequests += total;
        }
    }

    public NotebookMetrics metrics() {
        double demandWeighted = Double.NaN;
        double smart = Double.NaN;
        double peak = Double.NaN;
        if (!Double.isNaN(demandPeak)) {
            demandWeighted = weightedPrecision / Math.max(demandSum, 1.0);
            smart = high.value() / pythonMax(low.value(), 0.01);
            peak = peakSamples > 0 ? peakBaseline / Math.max(peakRequests, 1.0) : 0.0;
        }
        return new NotebookMetrics(samples, requests, carbon, baseline, nonLinearCarbon, nonLinearBaseline,
                reduction(carbon, baseline), reduction(nonLinearCarbon, nonLinearBaseline),
                precisionSum / Math.max(requests, 1.0), demandWeighted, smart, peak, high.n, low.n, peakSamples);
    }

    private static double reduction(double total, double base) {
        return base > 0 ? (base - total) / base * 100.0 : 0.0;
    }

    /** Python's {@code max(a, b)}: {@code a} unless {@code b > a}, so a NaN first argument stays NaN. */
    private static double pythonMax(double a, double b) {
        return b > a ? b : a;
    }

    /**
     * A pandas mean over a mask: 0 when the mask selects no sample ({@code if mask.any() else 0.0}), the
     * mean of the selected samples' precisions otherwise, NaN when none of them has one.
     */
    private static final class Mean {
        private int n;
        private double sum;
        private int withValue;

        void add(double v) {
            n++;
            if (!Double.isNaN(v)) {
                sum += v;
                withValue++;
            }
        }

        double value() {
            return n == 0 ? 0.0 : withValue == 0 ? Double.NaN : sum / withValue;
        }
    }
}
