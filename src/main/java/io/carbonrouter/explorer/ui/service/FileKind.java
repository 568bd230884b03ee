package io.carbonrouter.explorer.ui.service;

import java.util.List;

/** The kinds of file the app asks for: what the chooser's title says and which files it offers. */
public enum FileKind {
    SCENARIO("Open scenario", "Save scenario", "Scenarios (YAML, JSON)", List.of("*.yaml", "*.yml", "*.json")),
    TRAFFIC_SCHEDULE("Import a TrafficSchedule", "Save the TrafficSchedule", "TrafficSchedules (YAML, JSON)",
            List.of("*.yaml", "*.yml", "*.json")),
    FORECAST("Import a forecast", "Save the forecast",
            "Forecasts (pattern JSON, UK Carbon Intensity, Electricity Maps, WattTime, CSV)",
            List.of("*.json", "*.csv")),
    RUN_CSV("Open a run", "Export the run as CSV", "CSV", List.of("*.csv")),
    MEASURED_RUN("Open a measured run", "Save the measured run",
            "Benchmark harness samples (timeseries.csv)", List.of("*.csv")),
    RUN_JSON("Open a run", "Export the run as JSON", "JSON", List.of("*.json")),
    LESSON("Open a lesson", "Save the lesson", "Lessons (YAML, JSON)", List.of("*.yaml", "*.yml", "*.json")),
    GIF("Open a recording", "Record playback as GIF", "Animated GIF", List.of("*.gif"));

    private final String openTitle;
    private final String saveTitle;
    private final String filterName;
    private final List<String> patterns;

    FileKind(String openTitle, String saveTitle, String filterName, List<String> patterns) {
        this.openTitle = openTitle;
        this.saveTitle = saveTitle;
        this.filterName = filterName;
        this.patterns = patterns;
    }

    public String openTitle() {
        return openTitle;
    }

    public String saveTitle() {
        return saveTitle;
    }

    public String filterName() {
        return filterName;
    }

    /** Glob patterns such as {@code *.yaml}. */
    public List<String> patterns() {
        return patterns;
    }
}
