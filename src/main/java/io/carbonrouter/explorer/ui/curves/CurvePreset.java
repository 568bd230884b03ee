package io.carbonrouter.explorer.ui.curves;

/** Ready-made curve shapes; each keeps the curve's length. */
public enum CurvePreset {
    FLAT("Flat"),
    DAILY_SUN("Daily sun"),
    WINDY_WEEK("Windy week"),
    SPIKE("Spike");

    private final String label;

    CurvePreset(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
