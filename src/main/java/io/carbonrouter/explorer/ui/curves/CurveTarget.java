package io.carbonrouter.explorer.ui.curves;

/** Which curve the curve editor shows. */
public enum CurveTarget {
    INTENSITY("Carbon intensity", "gCO2/kWh"),
    DEMAND("Demand", "requests/slot");

    private final String title;
    private final String unit;

    CurveTarget(String title, String unit) {
        this.title = title;
        this.unit = unit;
    }

    public String title() {
        return title;
    }

    public String unit() {
        return unit;
    }

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
