package io.carbonrouter.explorer.simulation.measured;

import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

/**
 * The figures a measured run and a simulated one are set side by side on, with the upstream notebooks'
 * formulas ({@code experiments/ultimate_strategy_showdown.ipynb}): sums over every sample of requests r_f
 * served per flavour at the carbon intensity I of the sample, with an energy per request E_f per flavour.
 */
public enum ReconcileMetric {
    /** 1 - sum(I * sum_f r_f E_f) / sum(I * sum_f r_f E_top): the notebooks' linear carbon reduction, percent. */
    LINEAR_REDUCTION("linearCarbonReduction", "linear carbon reduction", "%"),
    /** sum_f r_f p_f / sum_f r_f over the run: the notebooks' mean precision, 0..1. */
    PRECISION("requestWeightedPrecision", "request-weighted precision", ""),
    /** The share of requests the highest-precision flavour served, percent. */
    TOP_SHARE("topFlavourShare", "share served at full precision", "%"),
    /** sum(I * r) / sum(r): the carbon intensity the requests met; a check that both runs saw the same curve. */
    CARBON_MET("requestWeightedIntensity", "intensity the requests met", "gCO2/kWh"),
    /** The mean of the credit balance over the samples. */
    MEAN_BALANCE("meanCreditBalance", "mean credit balance", "credit");

    private final String key;
    private final String label;
    private final String unit;

    ReconcileMetric(String key, String label, String unit) {
        this.key = key;
        this.label = label;
        this.unit = unit;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }

    /**
     * The figure over a run; NaN when the run has nothing to compute it from.
     *
     * @param energy energy per request of a flavour from its precision (0..1)
     */
    public double of(Served s, DoubleUnaryOperator energy) {
        double requests = 0;
        double precise = 0;
        double top = 0;
        double carbonRequests = 0;
        double carbonMet = 0;
        double carbonEnergy = 0;
        double carbonBaseline = 0;
        double balance = 0;
        int balances = 0;
        int best = s.top();
        double topEnergy = energy.applyAsDouble(s.precisions()[best]);
        for (int t = 0; t < s.steps(); t++) {
            double intensity = s.carbon()[t];
            for (int f = 0; f < s.precisions().length; f++) {
                double r = s.requests()[f][t];
                requests += r;
                precise += r * s.precisions()[f];
                top += f == best ? r : 0;
                if (!Double.isNaN(intensity)) {
                    carbonRequests += r;
                    carbonMet += intensity * r;
                    carbonEnergy += intensity * r * energy.applyAsDouble(s.precisions()[f]);
                    carbonBaseline += intensity * r * topEnergy;
                }
            }
            if (!Double.isNaN(s.balance()[t])) {
                balance += s.balance()[t];
                balances++;
            }
        }
        return switch (this) {
            case LINEAR_REDUCTION -> carbonBaseline > 0 ? 100 * (1 - carbonEnergy / carbonBaseline) : Double.NaN;
            case PRECISION -> requests > 0 ? precise / requests : Double.NaN;
            case TOP_SHARE -> requests > 0 ? 100 * top / requests : Double.NaN;
            case CARBON_MET -> carbonRequests > 0 ? carbonMet / carbonRequests : Double.NaN;
            case MEAN_BALANCE -> balances > 0 ? balance / balances : Double.NaN;
        };
    }

    /** A value as the table prints it: two decimals for percent and intensity, four for precision and credit. */
    public String format(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        boolean coarse = unit.equals("%") || unit.equals("gCO2/kWh");
        return String.format(Locale.ROOT, coarse ? "%.2f" : "%.4f", v) + (unit.isEmpty() ? "" : " " + unit);
    }
}
