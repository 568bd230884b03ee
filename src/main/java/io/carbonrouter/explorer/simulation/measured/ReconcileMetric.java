package io.carbonrouter.explorer.simulation.measured;

import io.carbonrouter.explorer.simulation.compare.NotebookMetrics;

import java.util.Locale;

/**
 * The figures a measured run and a simulated one are set side by side on. The notebooks' own
 * ({@code experiments/ultimate_strategy_showdown.ipynb}) come from {@link NotebookMetrics}, summed alike over
 * the measured samples and the simulated steps with the scenario's {@code notebookEnergy}; the others check
 * what the runs had in common: the share served at full precision, the carbon the requests met and the ledger.
 */
public enum ReconcileMetric {
    /** The notebooks' linear carbon reduction against p100, percent. */
    LINEAR_REDUCTION("linearCarbonReduction", "linear carbon reduction", "%"),
    /** The notebooks' non-linear carbon reduction, percent. */
    NON_LINEAR_REDUCTION("nonLinearCarbonReduction", "non-linear carbon reduction", "%"),
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

    /** The figure over a run, from its requests and its notebook metrics; NaN when there is nothing to sum. */
    public double of(Served s, NotebookMetrics notebook) {
        return switch (this) {
            case LINEAR_REDUCTION -> notebook.computed() ? notebook.linearCarbonReduction() : Double.NaN;
            case NON_LINEAR_REDUCTION -> notebook.computed() ? notebook.nonLinearCarbonReduction() : Double.NaN;
            case PRECISION -> notebook.computed() ? notebook.requestWeightedPrecision() : Double.NaN;
            default -> requestFigure(s);
        };
    }

    private double requestFigure(Served s) {
        double requests = 0;
        double top = 0;
        double carbonRequests = 0;
        double carbonMet = 0;
        double balance = 0;
        int balances = 0;
        int best = s.top();
        for (int t = 0; t < s.steps(); t++) {
            double intensity = s.carbon()[t];
            for (int f = 0; f < s.precisions().length; f++) {
                double r = s.requests()[f][t];
                requests += r;
                top += f == best ? r : 0;
                if (!Double.isNaN(intensity)) {
                    carbonRequests += r;
                    carbonMet += intensity * r;
                }
            }
            if (!Double.isNaN(s.balance()[t])) {
                balance += s.balance()[t];
                balances++;
            }
        }
        return switch (this) {
            case TOP_SHARE -> requests > 0 ? 100 * top / requests : Double.NaN;
            case CARBON_MET -> carbonRequests > 0 ? carbonMet / carbonRequests : Double.NaN;
            default -> balances > 0 ? balance / balances : Double.NaN;
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
