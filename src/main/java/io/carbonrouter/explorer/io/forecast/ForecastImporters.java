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
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads carbon-intensity forecasts from the files people have: pattern JSON (as the upstream mock carbon API
 * reads it, time/intensity lists included), UK Carbon Intensity API responses,
 * CSV, Electricity Maps and WattTime v3 responses. The format is recognised from the content. Pure: a file in,
 * curves and warnings out; errors are {@link InputException}s naming the file, the entry and the field.
 */
public final class ForecastImporters {

    /** Choices that change how a file is read. */
    public record Options(ForecastSource ukSource) {

        public static final Options DEFAULTS = new Options(ForecastSource.ACTUAL);

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
     * covers the imported curve. A file with forecast and actual values sets the forecast curve as well (and
     * replaces a forecast error model); a scenario forecast curve that no longer fits is dropped.
     */
    public static ScenarioRead applyTo(Scenario scenario, ImportedForecast forecast) {
        List<String> warnings = new ArrayList<>();
        double[] demand = fitting(forecast.hasDemand() ? forecast.demand() : scenario.demand(), "demand",
                forecast, warnings);
        Scenario.Builder b = scenario.toBuilder()
                .intensity(forecast.intensity())
                .demand(demand)
                .forecast(fitting(forecast.hasForecast() ? forecast.forecast() : scenario.forecast(), "forecast",
                        forecast, warnings))
                .slotMinutes(forecast.slotMinutes())
                .repeat(forecast.repeat())
                .steps(OptionalInt.empty());
        if (forecast.start().isPresent()) {
            b.start(forecast.start());
        }
        if (forecast.hasForecast() && scenario.forecastError().isPresent()) {
            warnings.add("the file's forecast curve replaces the scenario's forecastError model");
            b.forecastError(Optional.empty());
        }
        return new ScenarioRead(b.build(), warnings);
    }

    private static String minutes(double m) {
        return m == Math.rint(m) ? Long.toString((long) m) : Double.toString(m);
    }

    /** The curve if it fits the imported slots; else none, and a warning. */
    private static double[] fitting(double[] curve, String name, ImportedForecast forecast, List<String> warnings) {
        if (curve.length == 0 || curve.length == forecast.intensity().length) {
            return curve;
        }
        warnings.add("the scenario's " + name + " curve has " + curve.length + " values but the forecast has "
                + forecast.intensity().length + " slots: running without a " + name + " curve");
        return new double[0];
    }

    /**
     * The scenario with what its engine sees taken from the file: the file's forecast curve, or its only curve.
     * It replaces a forecastError model; the scenario's actual curve and timeline stay. The file must have one
     * value per slot of the scenario, on the same slot length.
     */
    public static ScenarioRead forecastOnto(Scenario scenario, ImportedForecast file, String source) {
        double[] curve = file.engineCurve();
        if (file.slotMinutes() != scenario.slotMinutes() && file.format() != ForecastFormat.PATTERN_JSON) {
            throw new InputException(source + ": forecast: slots of " + minutes(file.slotMinutes()) + " min but the"
                    + " scenario's slots are " + minutes(scenario.slotMinutes()) + " min");
        }
        if (curve.length != scenario.intensity().length) {
            throw new InputException(source + ": forecast: has " + curve.length + " slots but the scenario's"
                    + " intensity has " + scenario.intensity().length + "; they must be the same length");
        }
        List<String> warnings = new ArrayList<>();
        if (scenario.forecastError().isPresent()) {
            warnings.add("the forecast curve replaces the scenario's forecastError model");
        }
        return new ScenarioRead(scenario.toBuilder().forecast(curve).forecastError(Optional.empty()).build(),
                warnings);
    }

    private static ForecastFormat detect(Node root, String source) {
        if (PatternJsonReader.isBareList(root)) {
            return ForecastFormat.PATTERN_JSON;
        }
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
                + " (\"pattern\": values or {\"time\", \"intensity\"} entries, or a bare list of values), a UK"
                + " Carbon Intensity response (\"data\": [{\"from\", \"to\", \"intensity\"}]),"
                + " Electricity Maps (\"forecast\": [{\"carbonIntensity\", \"datetime\"}]), WattTime v3 (\"data\":"
                + " [{\"point_time\", \"value\"}]) or CSV (timestamp,intensity[,demand])");
    }
}
