package io.carbonrouter.explorer.io.forecast;

import io.carbonrouter.explorer.io.InputException;
import io.carbonrouter.explorer.io.ScenarioRead;
import io.carbonrouter.explorer.io.forecast.ForecastImporters.Options;
import io.carbonrouter.explorer.simulation.Scenario;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ForecastImportersTest {

    private static ImportedForecast parse(String text, String name) {
        return ForecastImporters.parse(text, name, Options.DEFAULTS);
    }

    private static String error(String text, String name) {
        return assertThrows(InputException.class, () -> parse(text, name)).getMessage();
    }

    @Test
    void patternIntervalsInEveryCommonSpelling() {
        for (String interval : List.of("5min", "5 min", "300s", "PT5M", "5m", "5 minutes")) {
            ImportedForecast r = parse("{\"pattern\": [1, 2], \"metadata\": {\"interval\": \"" + interval + "\"}}",
                    "p.json");
            assertEquals(5, r.slotMinutes(), interval);
        }
        assertEquals(60, parse("{\"pattern\": [1], \"metadata\": {\"interval\": \"1h\"}}", "p.json").slotMinutes());
    }

    @Test
    void patternWithoutIntervalOrRepeatIsReadAsTheMockServesIt() {
        ImportedForecast r = parse("{\"scenario\": \"custom\", \"pattern\": [150, 170]}", "p.json");

        assertEquals(0.25, r.slotMinutes());
        assertEquals(List.of("no repeat: the pattern repeats, as the mock carbon API serves it",
                "no metadata.interval: 15-second slots, as the mock carbon API serves a pattern"), r.warnings());
        assertTrue(r.repeat());
        assertFalse(parse("{\"pattern\": [1], \"repeat\": false}", "p.json").repeat());
    }

    @Test
    void aBareListIsARepeatingPatternOf15SecondSlots() {
        ImportedForecast r = parse("[120, null, 180]", "p.json");

        assertArrayEquals(new double[] {120, 150, 180}, r.intensity(), 1e-12);
        assertEquals(0.25, r.slotMinutes());
        assertTrue(r.repeat());
        assertEquals(ForecastFormat.PATTERN_JSON, r.format());
    }

    @Test
    void patternIntervalMustBeWholeSeconds() {
        assertEquals(0.25, parse("{\"pattern\": [1, 2], \"metadata\": {\"interval\": \"15s\"}}", "p.json")
                .slotMinutes());
        assertEquals("p.json: metadata.interval: \"1.5s\" is 1.5 seconds; slots must be a whole number of seconds,"
                + " at least one and at most 10080 minutes (line 1, column 46)", error(
                "{\"pattern\": [1, 2], \"metadata\": {\"interval\": \"1.5s\"}}", "p.json"));
        assertEquals("p.json: metadata.interval: 30 has no unit; write it as 15s, 5min, 30min, 1h or PT30M"
                + " (line 1, column 43)", error("{\"pattern\": [1], \"metadata\": {\"interval\": 30}}", "p.json"));
        assertTrue(error("{\"pattern\": [1], \"metadata\": {\"interval\": \"soon\"}}", "p.json")
                .contains("\"soon\" is not a slot length"));
    }

    @Test
    void gapsAreFilledByLinearInterpolationAndReported() {
        ImportedForecast r = parse("{\"pattern\": [null, 100, null, null, 160, null], \"repeat\": false, \"metadata\":"
                + " {\"interval\": \"30min\"}}", "p.json");

        assertArrayEquals(new double[] {100, 100, 120, 140, 160, 160}, r.intensity(), 1e-12);
        assertEquals(List.of("intensity: 4 missing values filled by linear interpolation (slots 0, 2-3, 5)"),
                r.warnings());
    }

    @Test
    void anUnknownPatternFieldIsAWarning() {
        ImportedForecast r = parse("{\"pattern\": [1], \"units\": \"g\", \"metadata\": {\"interval\": \"1h\"}}",
                "p.json");

        assertEquals(List.of("unknown field units ignored (line 1, column 27)",
                "no repeat: the pattern repeats, as the mock carbon API serves it"), r.warnings());
    }

    @Test
    void malformedJsonGivesLineAndColumn() {
        String message = error("{\n  \"data\": [\n    {\"from\": \"2024-01-01T00:00Z\",,}\n  ]\n}", "uk.json");

        assertTrue(message.startsWith("uk.json: malformed"), message);
        assertTrue(message.endsWith("(line 3, column 34)"), message);
    }

    @Test
    void ukEntryErrorsNameTheEntryAndField() {
        String text = "{\"data\": [\n"
                + "{\"from\": \"2024-01-01T00:00Z\", \"to\": \"2024-01-01T00:30Z\","
                + " \"intensity\": {\"forecast\": 100}},\n"
                + "{\"from\": \"yesterday\", \"to\": \"2024-01-01T01:00Z\", \"intensity\": {\"forecast\": \"high\"}},\n"
                + "{\"from\": \"2024-01-01T01:00Z\", \"to\": \"2024-01-01T01:30Z\"}\n]}";

        assertEquals("uk.json: data[1].from: \"yesterday\" is not an ISO-8601 time such as 2024-01-20T12:00Z"
                + " (line 3, column 10); data[1].intensity.forecast: must be a number, got \"high\" (line 3,"
                + " column 76); data[2].intensity: is missing (line 4, column 1)", error(text, "uk.json"));
    }

    @Test
    void ukSlotsMustAllLastAsLong() {
        String text = "{\"data\": ["
                + "{\"from\": \"2024-01-01T00:00Z\", \"to\": \"2024-01-01T00:30Z\", \"intensity\": {\"forecast\": 1}},"
                + "{\"from\": \"2024-01-01T00:30Z\", \"to\": \"2024-01-01T01:30Z\","
                + " \"intensity\": {\"forecast\": 2}}]}";

        assertEquals("uk.json: data[1].to: the slot lasts 60 min but earlier slots last 30 min (line 1,"
                + " column 134)", error(text, "uk.json"));
    }

    @Test
    void ukSlotsMissingFromTheResponseBecomeGaps() {
        String text = "{\"data\": ["
                + "{\"from\": \"2024-01-01T00:00Z\", \"to\": \"2024-01-01T00:30Z\","
                + " \"intensity\": {\"forecast\": 100}},"
                + "{\"from\": \"2024-01-01T01:00Z\", \"to\": \"2024-01-01T01:30Z\", \"intensity\": {\"forecast\": 200,"
                + " \"actual\": null, \"index\": \"high\"}},"
                + "{\"from\": \"2024-01-01T01:30Z\", \"to\": \"2024-01-01T02:00Z\", \"intensity\": {\"forecast\": null,"
                + " \"actual\": null}}]}";

        ImportedForecast r = parse(text, "uk.json");

        assertArrayEquals(new double[] {100, 150, 200, 200}, r.intensity(), 1e-12);
        assertEquals(List.of("2 slots have no actual value; the forecast value is used there",
                "1 slot has no entry (the timestamps skip it)",
                "intensity: 2 missing values filled by linear interpolation (slots 1, 3)"), r.warnings());
        assertFalse(r.hasForecast());
    }

    @Test
    void readsARegionalUkResponse() {
        String text = "{\"data\": [{\"regionid\": 13, \"shortname\": \"London\", \"data\": ["
                + "{\"from\": \"2024-01-01T00:00Z\", \"to\": \"2024-01-01T00:30Z\", \"intensity\": {\"forecast\": 90,"
                + " \"index\": \"low\"}, \"generationmix\": []}]}]}";

        ImportedForecast r = parse(text, "london.json");

        assertArrayEquals(new double[] {90}, r.intensity());
        assertEquals(30, r.slotMinutes());
    }

    @Test
    void csvRefusesIrregularSpacingWithTheLineNumber() {
        String csv = "timestamp,intensity\n2030-01-01T00:00:00Z,100\n2030-01-01T00:30:00Z,110\n"
                + "2030-01-01T01:15:00Z,120\n";

        assertEquals("f.csv: timestamp: irregular spacing: 45 min after the previous entry, but the slots are 30 min"
                + " (line 4)", error(csv, "f.csv"));
    }

    @Test
    void oneMistypedTimeStandsOutInsteadOfShrinkingTheSlot() {
        String csv = "2030-01-01T00:00:00Z,1\n2030-01-01T00:30:00Z,2\n2030-01-01T01:00:00Z,3\n"
                + "2030-01-01T01:20:00Z,4\n2030-01-01T02:00:00Z,5\n";

        assertEquals("f.csv: timestamp: irregular spacing: 20 min after the previous entry, but the slots are 30 min"
                + " (line 4)", error(csv, "f.csv"));
    }

    @Test
    void csvRefusesTimesOutOfOrder() {
        String csv = "2030-01-01T00:30:00Z,100\n2030-01-01T00:00:00Z,110\n";

        assertEquals("f.csv: timestamp: time 2030-01-01T00:00:00Z is not after the previous entry's"
                + " 2030-01-01T00:30:00Z; entries must be in time order without repeats (line 2)", error(csv, "f.csv"));
    }

    @Test
    void csvNamesTheLineColumnAndFieldOfABadCell() {
        String csv = "timestamp,intensity,demand\n2030-01-01T00:00:00Z,abc,5\n2030-01-01T00:30:00Z,1,-2\n"
                + "2030-01-01T01:00:00Z\n";

        assertEquals("f.csv: intensity: \"abc\" is not a number (line 2, column 22); demand: must be a finite"
                + " number >= 0, got -2 (line 3, column 24); expected timestamp,intensity[,demand], got 1 column"
                + " (line 4)", error(csv, "f.csv"));
    }

    @Test
    void csvWithoutHeaderWithSpacesQuotesCommentsAndGaps() {
        String csv = "# exported from a spreadsheet\r\n\"2030-01-01 00:00\",\"100\",10\r\n"
                + "2030-01-01 01:00,,\r\n2030-01-01 02:00,300,30\r\n\r\n";

        ImportedForecast r = parse(csv, "f.csv");

        assertArrayEquals(new double[] {100, 200, 300}, r.intensity(), 1e-12);
        assertArrayEquals(new double[] {10, 20, 30}, r.demand(), 1e-12);
        assertEquals(60, r.slotMinutes());
        assertEquals(Optional.of(Instant.parse("2030-01-01T00:00:00Z")), r.start());
        assertEquals(List.of("times without a UTC offset were read as UTC",
                "intensity: 1 missing value filled by linear interpolation (slot 1)",
                "demand: 1 missing value filled by linear interpolation (slot 1)"), r.warnings());
    }

    @Test
    void csvKeepsOffsetsAndSkipsMissingRows() {
        String csv = "time,gco2\n2030-01-01T01:00+01:00,100\n2030-01-01T01:10+01:00,110\n2030-01-01T01:30+01:00,130\n";

        ImportedForecast r = parse(csv, "f.csv");

        assertEquals(10, r.slotMinutes());
        assertEquals(Optional.of(Instant.parse("2030-01-01T00:00:00Z")), r.start());
        assertArrayEquals(new double[] {100, 110, 120, 130}, r.intensity(), 1e-12);
        assertEquals(0, r.demand().length);
        assertEquals(List.of("1 slot has no entry (the timestamps skip it)",
                "intensity: 1 missing value filled by linear interpolation (slot 2)"), r.warnings());
    }

    @Test
    void csvRefusesSecondsApartSlots() {
        assertEquals("f.csv: timestamp: entries 90 s apart; slots must be a whole number of minutes (line 2)",
                error("2030-01-01T00:00:00Z,1\n2030-01-01T00:01:30Z,2\n", "f.csv"));
    }

    @Test
    void aFileBrokenOnEveryLineReportsTheFirstFew() {
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            csv.append("2030-01-01T00:00:00Z,x\n");
        }

        String message = error(csv.toString(), "f.csv");

        assertTrue(message.endsWith("; and 95 more problems"), message);
    }

    @Test
    void electricityMapsErrorsNameTheEntry() {
        String text = "{\"zone\": \"DE\","
                + " \"forecast\": [{\"carbonIntensity\": 300, \"datetime\": \"2024-01-01T00:00Z\"},"
                + " {\"carbonIntensity\": -1, \"datetime\": \"2024-01-01T01:00Z\"}]}";

        assertEquals("em.json: forecast[1].carbonIntensity: must be >= 0, got -1 (line 1, column 108)",
                error(text, "em.json"));
    }

    @Test
    void wattTimeInGramsIsKeptAsItIs() {
        ImportedForecast r = parse("{\"data\": [{\"point_time\": \"2024-01-01T00:00:00+00:00\", \"value\": 400}],"
                + " \"meta\": {\"units\": \"g_co2_per_kwh\", \"data_point_period_seconds\": 300}}", "wt.json");

        assertArrayEquals(new double[] {400}, r.intensity());
        assertEquals(5, r.slotMinutes());
        assertEquals(List.of(), r.warnings());
    }

    @Test
    void wattTimeRefusesUnitsThatAreNotAnEmissionRate() {
        assertEquals("wt.json: meta.units: \"percentile\" is not an emission rate the explorer can use; expected"
                + " lbs_co2_per_mwh or g_co2_per_kwh (line 1, column 80)", error("{\"data\": [{\"point_time\":"
                + " \"2024-01-01T00:00Z\", \"value\": 40}], \"meta\": {\"units\": \"percentile\"}}", "wt.json"));
    }

    @Test
    void wattTimeWithoutUnitsAssumesPounds() {
        ImportedForecast r = parse("{\"data\": [{\"point_time\": \"2024-01-01T00:00Z\", \"value\": 1000},"
                + " {\"point_time\": \"2024-01-01T00:05Z\", \"value\": 1000}]}", "wt.json");

        assertArrayEquals(new double[] {453.592, 453.592}, r.intensity(), 1e-9);
        assertTrue(r.warnings().get(0).startsWith("no meta.units: assuming WattTime's lbs_co2_per_mwh"));
    }

    @Test
    void saysWhichFormatsItKnows() {
        String message = error("{\"values\": [1, 2]}", "x.json");

        assertTrue(message.startsWith("x.json: not a forecast format the explorer reads: expected pattern JSON"),
                message);
    }

    @Test
    void refusesEmptyInput() {
        assertEquals("e.csv: the file is empty", error("  \n", "e.csv"));
        assertEquals("e.json: no entries: the file holds no forecast values", error("{\"forecast\": []}", "e.json"));
        assertEquals("e.json: intensity: every value is missing", error("{\"pattern\": [null, null],"
                + " \"metadata\": {\"interval\": \"1h\"}}", "e.json"));
    }

    @Test
    void namesAMissingFile() {
        InputException e = assertThrows(InputException.class,
                () -> ForecastImporters.read(Path.of("nope.csv"), Options.DEFAULTS));

        assertEquals("nope.csv: no such file", e.getMessage());
    }

    @Test
    void appliesToAScenarioReplacingItsTimeline() {
        Scenario s = Scenario.builder().intensity(1, 2, 3).demand(5, 5, 5).steps(OptionalInt.of(3)).build();
        ImportedForecast f = parse("2030-01-01T00:00:00Z,100\n2030-01-01T00:15:00Z,200\n", "f.csv");

        ScenarioRead applied = ForecastImporters.applyTo(s, f);

        Scenario a = applied.scenario();
        assertArrayEquals(new double[] {100, 200}, a.intensity());
        assertEquals(0, a.demand().length);
        assertEquals(15, a.slotMinutes());
        assertEquals(Optional.of(Instant.parse("2030-01-01T00:00:00Z")), a.start());
        assertEquals(OptionalInt.empty(), a.steps());
        assertEquals(List.of("the scenario's demand curve has 3 values but the forecast has 2 slots: running without"
                + " a demand curve"), applied.warnings());
    }

    @Test
    void forecastSourceParsesWhatTheCommandLineTakes() {
        assertEquals(ForecastSource.ACTUAL, ForecastSource.parse("Actual"));
        assertEquals("expected forecast or actual, got 'both'",
                assertThrows(IllegalArgumentException.class, () -> ForecastSource.parse("both")).getMessage());
    }
}
