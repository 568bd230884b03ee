package io.carbonrouter.explorer.simulation.compare;

import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The upstream notebooks' metrics as {@code compare} reports them beside ours, in the units of the notebook's
 * comparison table: reductions and peak-P100 delivery in percent, precisions from 0 to 1, the smart-allocation
 * ratio as a plain ratio. The keys are the JSON fields and CSV columns.
 */
public enum NotebookMetric {
    LINEAR_CARBON_REDUCTION("linearCarbonReduction", "Linear reduction", Unit.PERCENT,
            NotebookMetrics::linearCarbonReduction),
    NON_LINEAR_CARBON_REDUCTION("nonLinearCarbonReduction", "Non-linear reduction", Unit.PERCENT,
            NotebookMetrics::nonLinearCarbonReduction),
    REQUEST_WEIGHTED_PRECISION("requestWeightedPrecision", "Request-weighted precision", Unit.FRACTION,
            NotebookMetrics::requestWeightedPrecision),
    DEMAND_WEIGHTED_PRECISION("demandWeightedPrecision", "Demand-weighted precision", Unit.FRACTION,
            NotebookMetrics::demandWeightedPrecision),
    SMART_ALLOCATION_RATIO("smartAllocationRatio", "Smart allocation", Unit.RATIO,
            NotebookMetrics::smartAllocationRatio),
    PEAK_P100_DELIVERY("peakP100Delivery", "Peak P100 delivery", Unit.PERCENT,
            n -> 100 * n.peakP100Delivery());

    /** Percent (already times 100), a fraction from 0 to 1, or a ratio. */
    public enum Unit { PERCENT, FRACTION, RATIO }

    private final String key;
    private final String label;
    private final Unit unit;
    private final ToDoubleFunction<NotebookMetrics> value;

    NotebookMetric(String key, String label, Unit unit, ToDoubleFunction<NotebookMetrics> value) {
        this.key = key;
        this.label = label;
        this.unit = unit;
        this.value = value;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public Unit unit() {
        return unit;
    }

    /** The metric of a row; NaN when undefined or not computed. */
    public double of(MetricRow row) {
        return row.notebook().computed() ? value.applyAsDouble(row.notebook()) : Double.NaN;
    }

    /** As the notebook prints it: {@code 33.08 %} (its two decimals), {@code 0.7317}, {@code 1.055x}. */
    public String format(double v) {
        if (!Double.isFinite(v)) {
            return "n/a";
        }
        return switch (unit) {
            case PERCENT -> String.format(Locale.ROOT, "%.2f %%", v);
            case FRACTION -> String.format(Locale.ROOT, "%.4f", v);
            case RATIO -> String.format(Locale.ROOT, "%.3fx", v);
        };
    }
}
