package io.carbonrouter.explorer.io.forecast;

import io.carbonrouter.explorer.io.forecast.ForecastImporters.Options;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sample forecast files: one per format, each imports with what its source says it holds. */
class SampleForecastsTest {

    private static final Path DIR = Path.of("sample-data", "forecasts");

    private static ImportedForecast read(String file) {
        return ForecastImporters.read(DIR.resolve(file), Options.DEFAULTS);
    }

    @Test
    void everySampleImportsAndTogetherTheyCoverEveryFormat() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(DIR)) {
            files = list.sorted().collect(Collectors.toList());
        }
        Set<ForecastFormat> formats = EnumSet.noneOf(ForecastFormat.class);

        for (Path f : files) {
            ImportedForecast r = ForecastImporters.read(f, Options.DEFAULTS);
            assertTrue(r.intensity().length > 0, f::toString);
            formats.add(r.format());
        }

        assertEquals(EnumSet.allOf(ForecastFormat.class), formats);
        assertEquals(ForecastFormat.values().length + 1, files.size(), "one per format and a UK file with both curves");
    }

    @Test
    void patternJson() {
        ImportedForecast r = read("pattern.json");

        assertEquals(ForecastFormat.PATTERN_JSON, r.format());
        assertEquals(48, r.intensity().length);
        assertEquals(138, r.intensity()[0]);
        assertEquals(30, r.slotMinutes());
        assertTrue(r.repeat());
        assertEquals(Optional.empty(), r.start());
        assertEquals(List.of(), r.warnings());
    }

    @Test
    void ukCarbonIntensityFillsTheActualGridAndTheForecastEachFromTheOtherWhereMissing() {
        ImportedForecast r = read("uk-carbon-intensity.json");

        assertEquals(ForecastFormat.UK_CARBON_INTENSITY, r.format());
        assertEquals(48, r.intensity().length);
        assertEquals(48, r.forecast().length);
        assertEquals(30, r.slotMinutes());
        assertEquals(Optional.of(Instant.parse("2024-11-20T00:00:00Z")), r.start());
        assertEquals(154, r.intensity()[0]);
        assertEquals(159, r.forecast()[0]);
        assertEquals(List.of("1 slot has no forecast value; the forecast curve takes the actual value there",
                "20 slots have no actual value; the forecast value is used there"), r.warnings());
        assertFalse(r.hasDemand());
    }

    @Test
    void ukCarbonIntensityCanPutTheForecastOnTheGrid() {
        ImportedForecast r = ForecastImporters.read(DIR.resolve("uk-carbon-intensity.json"),
                new Options(ForecastSource.FORECAST));

        assertEquals(159, r.intensity()[0]);
        assertFalse(r.hasForecast());
        assertEquals(List.of("1 slot has no forecast value; the actual value is used there"), r.warnings());
    }

    @Test
    void bothCurvesOfTheForecastAndActualSample() {
        ImportedForecast r = read("uk-forecast-and-actual.json");

        assertEquals(144, r.intensity().length);
        assertEquals(List.of(), r.warnings());
        assertFalse(Arrays.equals(r.intensity(), r.forecast()));
    }

    @Test
    void csvWithDemand() {
        ImportedForecast r = read("intensity.csv");

        assertEquals(ForecastFormat.CSV, r.format());
        assertEquals(48, r.intensity().length);
        assertEquals(48, r.demand().length);
        assertEquals(30, r.slotMinutes());
        assertEquals(Optional.of(Instant.parse("2030-04-10T00:00:00Z")), r.start());
        assertEquals(List.of(), r.warnings());
    }

    @Test
    void electricityMaps() {
        ImportedForecast r = read("electricity-maps.json");

        assertEquals(ForecastFormat.ELECTRICITY_MAPS, r.format());
        assertEquals(24, r.intensity().length);
        assertEquals(60, r.slotMinutes());
        assertEquals(Optional.of(Instant.parse("2024-06-12T00:00:00Z")), r.start());
        assertEquals(List.of(), r.warnings());
    }

    @Test
    void wattTimeIsConvertedFromPoundsPerMegawattHour() {
        ImportedForecast r = read("watttime-v3.json");

        assertEquals(ForecastFormat.WATTTIME, r.format());
        assertEquals(144, r.intensity().length);
        assertEquals(5, r.slotMinutes());
        assertEquals(Optional.of(Instant.parse("2024-05-01T12:00:00Z")), r.start());
        assertEquals(List.of("meta.units is lbs_co2_per_mwh: values converted to gCO2/kWh (x 0.453592)"),
                r.warnings());
        assertArrayEquals(new double[] {r.intensity()[0]}, new double[] {firstWattTimeValue() * 0.453592}, 1e-9);
    }

    private static double firstWattTimeValue() {
        try {
            String text = Files.readString(DIR.resolve("watttime-v3.json"));
            int at = text.indexOf("\"value\": ") + "\"value\": ".length();
            return Double.parseDouble(text.substring(at, text.indexOf('\n', at)).replace(",", "").trim());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
