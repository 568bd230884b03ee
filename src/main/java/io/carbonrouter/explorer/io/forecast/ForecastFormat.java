package io.carbonrouter.explorer.io.forecast;

/** The forecast file formats the importers read, with the name a user knows them by. */
public enum ForecastFormat {
    PATTERN_JSON("pattern JSON"),
    UK_CARBON_INTENSITY("UK Carbon Intensity API response"),
    CSV("CSV (timestamp,intensity[,demand])"),
    ELECTRICITY_MAPS("Electricity Maps forecast"),
    WATTTIME("WattTime v3 response");

    private final String label;

    ForecastFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
