package io.carbonrouter.explorer.io.forecast;

import io.carbonrouter.explorer.io.InputException;
import io.carbonrouter.explorer.io.LocatedTree;
import io.carbonrouter.explorer.io.LocatedTree.Kind;
import io.carbonrouter.explorer.io.LocatedTree.Node;
import io.carbonrouter.explorer.io.ScenarioRead;
import io.carbonrouter.explorer.io.YamlSupport;
import io.carbonrouter.explorer.simulation.Scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Reads carbon-intensity forecasts from the files people have: pattern JSON, UK Carbon Intensity API responses,
 * CSV, Electricity Maps and WattTime v3 responses. The format is recognised from the content. Pure: a file in,
 * curves and warnings out; errors are {@link InputException}s naming the file, the entry and the field.
 */
public final class ForecastImporters {

    /** Choices that change how a file is read. */
    public record Options(ForecastSource ukSource) {

        public static final Options DEFAULTS = new Options(ForecastSource.FORECAST);

        public Options {
            Objects.requireNonNull(ukSource);
        }
    }

    private ForecastImporters() {
    }

    public static ImportedForecast read(Path file, Options options) {
        return parse(YamlSupport.readInput(file), YamlSupport.sourceName(file), options);
    }

    /** Reads forecast text; {@code sourceName} names it in messages. */
    public static ImportedForecast parse(String text, String sourceName, Options options) {
        if (text.isBlank()) {
            throw new InputException(sourceName + ": the file is empty");
        }
        if (!YamlSupport.looksLikeJson(text)) {
            return CsvForecastReader.read(text, sourceName);
        }
        Node root = LocatedTree.parse(text, sourceName);
        switch (detect(root, sourceName)) {
            case PATTERN_JSON:
                return PatternJsonReader.read(root, sourceName);
            case ELECTRICITY_MAPS:
                return ElectricityMapsReader.read(root, sourceName);
            case WATTTIME:
                return WattTimeReader.read(root, sourceName);
            default:
                return UkCarbonIntensityReader.read(root, sourceName, options.ukSource());
        }
    }

    /**
     * The scenario with its curve and timeline replaced by the forecast: intensity, slot length, start (a
     * pattern without times keeps the scenario's) and repeat; the demand too when the file has one. A scenario
     * demand curve that no longer fits the new length is dropped, and {@code steps} is cleared so the run
     * covers the imported curve.
     */
    public static ScenarioRead applyTo(Scenario scenario, ImportedForecast forecast) {
        List<String> warnings = new ArrayList<>();
        double[] demand = forecast.hasDemand() ? forecast.demand() : scenario.demand();
        if (demand.length != forecast.intensity().length && demand.length > 0) {
            warnings.add("the scenario's demand curve has " + demand.length + " values but the forecast has "
                    + forecast.intensity().length + " slots: running without a demand curve");
            demand = new double[0];
        }
        Scenario.Builder b = scenario.toBuilder()
                .intensity(forecast.intensity())
                .demand(demand)
                .slotMinutes(forecast.slotMinutes())
                .repeat(forecast.repeat())
                .steps(OptionalInt.empty());
        if (forecast.start().isPresent()) {
            b.start(forecast.start());
        }
        return new ScenarioRead(b.build(), warnings);
    }

    private static ForecastFormat detect(Node root, String source) {
        if (root.kind() == Kind.OBJECT) {
            if (root.get("pattern") != null) {
                return ForecastFormat.PATTERN_JSON;
            }
            Node list = ElectricityMapsReader.LISTS.stream().map(root::get).filter(Objects::nonNull)
                    .findFirst().orElse(null);
            Node first = list == null || list.kind() != Kind.ARRAY || list.items().isEmpty()
                    ? null : list.items().get(0);
            if (first != null && WattTimeReader.isEntry(first)) {
                return ForecastFormat.WATTTIME;
            }
            if (first != null && ElectricityMapsReader.isEntry(first) || root.get("forecast") != null) {
                return ForecastFormat.ELECTRICITY_MAPS;
            }
            if (root.get("data") != null) {
                return ForecastFormat.UK_CARBON_INTENSITY;
            }
        }
        throw new InputException(source + ": not a forecast format the explorer reads: expected pattern JSON"
                + " (\"pattern\"), a UK Carbon Intensity response (\"data\": [{\"from\", \"to\", \"intensity\"}]),"
                + " Electricity Maps (\"forecast\": [{\"carbonIntensity\", \"datetime\"}]), WattTime v3 (\"data\":"
                + " [{\"point_time\", \"value\"}]) or CSV (timestamp,intensity[,demand])");
    }
}
