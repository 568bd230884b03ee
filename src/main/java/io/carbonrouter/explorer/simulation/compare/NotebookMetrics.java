package io.carbonrouter.explorer.simulation.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * The metrics the upstream notebooks print per strategy ({@code experiments/ultimate_strategy_showdown.ipynb},
 * cells "Carbon Metrics Calculation" and "Demand-Aware Metrics Calculation"), summed over samples by
 * {@link NotebookAccumulator}, which holds the formulas. NaN where the notebook's formula is undefined
 * (the demand metrics without demand labels).
 *
 * @param samples                  samples summed
 * @param requests                 requests counted, all flavours
 * @param linearCarbon             sum of carbon_now x energy of the sample's requests
 * @param linearBaseline           the same with every request on the p100 flavour
 * @param nonLinearCarbon          {@code linearCarbon} with each sample weighted by {@link #nonLinearWeight}
 * @param nonLinearBaseline        {@code linearBaseline} weighted likewise
 * @param linearCarbonReduction    percent: 100 x (1 - linearCarbon / linearBaseline), 0 without a baseline
 * @param nonLinearCarbonReduction percent, the same on the weighted sums
 * @param requestWeightedPrecision 0-1: the mean precision of every request counted
 * @param demandWeightedPrecision  0-1: samples' precision weighted by their normalised demand
 * @param smartAllocationRatio     mean sample precision at normalised demand >= 0.8 over that at <= 0.3
 * @param peakP100Delivery         0-1: the p100 flavour's share of the requests at normalised demand >= 0.9
 * @param highDemandSamples        samples at normalised demand >= 0.8
 * @param lowDemandSamples         samples at normalised demand <= 0.3 (none: the notebook divides by 0.01)
 * @param peakDemandSamples        samples at normalised demand >= 0.9 (none: peak delivery is 0)
 */
public record NotebookMetrics(
        int samples,
        double requests,
        double linearCarbon,
        double linearBaseline,
        double nonLinearCarbon,
        double nonLinearBaseline,
        double linearCarbonReduction,
        double nonLinearCarbonReduction,
        double requestWeightedPrecision,
        double demandWeightedPrecision,
        double smartAllocationRatio,
        double peakP100Delivery,
        int highDemandSamples,
        int lowDemandSamples,
        int peakDemandSamples) {

    /** What a row carries when nothing computed its notebook metrics (a pinned run, a sweep point). */
    public static final NotebookMetrics NONE = new NotebookMetrics(0, 0, 0, 0, 0, 0, Double.NaN, Double.NaN,
            Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, 0, 0);

    /** Where the notebooks' non-linear weight turns from discount to penalty, gCO2/kWh. */
    public static final double NON_LINEAR_BASE = 100.0;

    /**
     * The notebooks' {@code nonlinear_carbon_weight(c)}: 0 at or below 0, (c/100)^0.4 below 100 gCO2/kWh
     * (a discount), (c/100)^1.8 from there on (a penalty).
     */
    public static double nonLinearWeight(double intensity) {
        if (intensity <= 0) {
            return 0.0;
        }
        double x = intensity / NON_LINEAR_BASE;
        return x >= 1.0 ? Math.pow(x, 1.8) : Math.pow(x, 0.4);
    }

    public boolean computed() {
        return samples > 0;
    }

    /**
     * What makes a demand metric read oddly, a sentence each: no demand labels at all, or a demand mask that
     * selected no sample (the notebooks' formulas then give 0, or divide by 0.01).
     */
    public List<String> demandNotes() {
        if (!computed()) {
            return List.of();
        }
        if (Double.isNaN(demandWeightedPrecision)) {
            return List.of("Demand metrics n/a: the scenario has no demand curve to label the samples with.");
        }
        List<String> out = new ArrayList<>();
        if (lowDemandSamples == 0) {
            out.add("Smart allocation: no step at or below 30 % of the peak demand, so the notebooks' formula"
                    + " divides by 0.01.");
        }
        if (highDemandSamples == 0) {
            out.add("Smart allocation: no step at or above 80 % of the peak demand, so it is 0.");
        }
        if (peakDemandSamples == 0) {
            out.add("Peak P100 delivery: no step at or above 90 % of the peak demand, so it is 0.");
        }
        return out;
    }
}
