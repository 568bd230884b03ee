package io.carbonrouter.explorer.io.forecast;

import io.carbonrouter.explorer.io.InputException;
import io.carbonrouter.explorer.io.forecast.ForecastImporters.Options;
import io.carbonrouter.explorer.simulation.Scenario;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The carbon files of upstream's {@code experiments/} folder (copies in {@code src/test/resources/upstream}, see
 * its README) import with the slot length the mock carbon API serves them at.
 */
class UpstreamCarbonFormatsTest {

    private static final Path DIR = Path.of("src", "test", "resources", "upstream", "experiments");

    private static ImportedForecast read(String file) {
        return ForecastImporters.read(DIR.resolve(file), Options.DEFAULTS);
    }

    @Test
    void theBenchmarkPatternIsFortyRepeatingPointsOf15Seconds() {
        ImportedForecast r = read("carbon_scenario.json");

        assertEquals(ForecastFormat.PATTERN_JSON, r.format());
        assertEquals(40, r.intensity().length);
        assertEquals(40, r.intensity()[0]);
        assertEquals(300, r.intensity()[39]);
        assertEquals(0.25, r.slotMinutes());
        assertTrue(r.repeat());
        assertEquals(List.of("no metadata.interval: 15-second slots, as the mock carbon API serves a pattern"),
                r.warnings());
    }

    @Test
    void aTenMinuteRunOfTheBenchmarkPatternIsTenMinutesNotTwentyHours() {
        Scenario s = ForecastImporters.applyTo(Scenario.builder().build(), read("carbon_scenario.json")).scenario();

        assertEquals(10.0, s.intensity().length * s.slotMinutes());
        assertTrue(s.repeat());
    }

    @Test
    void theAutoscalingPatternOfTimeAndIntensityEntriesIsOneHundredTwentyFiveSecondSlots() {
        ImportedForecast r = read("carbon_scenario_autoscaling.json");

        assertEquals(120, r.intensity().length);
        assertEquals(5.0 / 60, r.slotMinutes(), 1e-12);
        assertArrayEquals(new double[] {280, 285, 290}, java.util.Arrays.copyOf(r.intensity(), 3));
        assertEquals(78, r.intensity()[119]);
        assertTrue(r.repeat());
        assertEquals(List.of("no repeat: the pattern repeats, as the mock carbon API serves it"), r.warnings());
    }

    @Test
    void theDayPatternsKeepTheirHalfHourInterval() {
        for (String f : List.of("coal-heavy-winter", "grid-emergency", "renewable-paradise", "solar-heavy-summer",
                "uk-daily-pattern", "wind-heavy")) {
            ImportedForecast r = read("scenarios/" + f + ".json");
            assertEquals(24, r.intensity().length, f);
            assertEquals(30, r.slotMinutes(), f);
            assertTrue(r.repeat(), f);
        }
        assertEquals(150, read("scenarios/grid-emergency.json").intensity()[0]);
    }

    @Test
    void theForecastOptionTakesAPatternOntoA15SecondScenario() {
        Scenario s = ForecastImporters.applyTo(Scenario.builder().build(), read("carbon_scenario.json")).scenario();

        Scenario withForecast = ForecastImporters.forecastOnto(s, read("carbon_scenario.json"), "c.json").scenario();

        assertArrayEquals(s.intensity(), withForecast.forecast());
    }

    @Test
    void timeEntriesOffTheSlotsOrOutOfOrderAreRefusedWithTheirPlace() {
        String off = "{\"interval_seconds\": 5, \"pattern\": [{\"time\": 0, \"intensity\": 1},"
                + " {\"time\": 7, \"intensity\": 2}]}";
        assertEquals("t.json: pattern[1].time: 7 s is not on the 5-second slots that start at 0 s (line 1,"
                + " column 75)", message(off));
        String back = "{\"pattern\": [{\"time\": 10, \"intensity\": 1}, {\"time\": 5, \"intensity\": 2}]}";
        assertTrue(message(back).startsWith("t.json: pattern[1].time: must be seconds >= 0 after the previous"),
                message(back));
    }

    @Test
    void aSkippedTimeIsAFilledGap() {
        ImportedForecast r = ForecastImporters.parse("{\"repeat\": false, \"pattern\": [{\"time\": 0, \"intensity\":"
                + " 10}, {\"time\": 15, \"intensity\": 20}, {\"time\": 45, \"intensity\": 40}]}", "t.json",
                Options.DEFAULTS);

        assertArrayEquals(new double[] {10, 20, 30, 40}, r.intensity(), 1e-12);
        assertEquals(0.25, r.slotMinutes());
        assertTrue(r.warnings().contains("1 slot has no entry (the times skip it)"), r.warnings()::toString);
    }

    private static String message(String text) {
        return assertThrows(InputException.class, () -> ForecastImporters.parse(text, "t.json", Options.DEFAULTS))
                .getMessage();
    }
}
