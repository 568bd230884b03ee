package io.carbonrouter.explorer.ui.document;

import io.carbonrouter.explorer.io.ScenarioFiles;
import io.carbonrouter.explorer.io.forecast.ForecastImporters;
import io.carbonrouter.explorer.io.forecast.ForecastSource;
import io.carbonrouter.explorer.io.forecast.ImportedForecast;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.ui.Fakes;
import io.carbonrouter.explorer.ui.MainViewModel;
import io.carbonrouter.explorer.ui.service.FileKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportViewModelTest {

    private static final Path KUBECTL_DUMP = Path.of("sample-data/trafficschedules/kubectl-get.yaml");
    private static final Path PLAIN = Path.of("sample-data/trafficschedules/plain.yaml");
    private static final Path CSV = Path.of("sample-data/forecasts/intensity.csv");
    private static final Path UK = Path.of("sample-data/forecasts/uk-carbon-intensity.json");

    @TempDir
    Path dir;

    private Fakes.Services services;
    private MainViewModel vm;

    private ImportViewModel start() {
        services = new Fakes.Services(dir);
        vm = new MainViewModel(services.services, Fakes.sample(), Optional.empty());
        return vm.imports();
    }

    private static String yaml(Scenario s) {
        return ScenarioFiles.toYaml(s);
    }

    private String message() {
        return vm.status().messageProperty().get();
    }

    @Test
    void givenAKubectlDumpThenItsSettingsApplyAsOneEditTheIgnoredFieldsAreShownAndUndoRestores() {
        ImportViewModel imports = start();
        Scenario before = vm.model().scenario();
        services.dialogs.opens.add(Optional.of(KUBECTL_DUMP));

        imports.importSchedule();

        Scenario after = vm.model().scenario();
        assertEquals(List.of(FileKind.TRAFFIC_SCHEDULE), services.dialogs.kinds);
        assertEquals("forecast-aware", after.policy());
        assertEquals(-2.0, after.config().creditMin(), 1e-12);
        assertEquals(10, after.config().creditWindow());
        assertEquals(before.flavours(), after.flavours(), "the flavours stay");
        assertArrayEquals(before.intensity(), after.intensity(), "the curve stays");
        assertTrue(vm.model().isDirty());
        assertEquals("import of kubectl-get.yaml", vm.model().undoLabelProperty().get());
        assertTrue(message().startsWith("Imported the scheduler settings and replica bounds of kubectl-get.yaml"),
                message());
        List<String> report = services.questions.reports.get(0);
        assertTrue(report.contains("Ignored (a scenario has no use for these fields):"), report.toString());
        assertTrue(report.contains("  metadata.managedFields"), report.toString());
        assertTrue(report.contains("  status"), report.toString());

        vm.document().undo();

        assertEquals(yaml(before), yaml(vm.model().scenario()));
        assertFalse(vm.model().isDirty());
    }

    @Test
    void givenAPlainScheduleThenNoReportIsNeededAndTheStatusSaysWhatCameIn() {
        ImportViewModel imports = start();

        assertTrue(imports.importSchedule(PLAIN));

        assertEquals("forecast-aware-global", vm.model().scenario().policy());
        assertTrue(services.questions.reports.isEmpty());
        assertEquals("Imported the scheduler settings and replica bounds of plain.yaml", message());
    }

    @Test
    void givenABrokenScheduleThenTheErrorIsOneLineAndTheScenarioIsUntouched() throws IOException {
        ImportViewModel imports = start();
        Scenario before = vm.model().scenario();
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\n");

        assertFalse(imports.importSchedule(broken));

        assertSame(before, vm.model().scenario());
        assertFalse(vm.model().canUndoProperty().get());
        assertTrue(vm.status().errorProperty().get());
        assertTrue(message().startsWith("broken.yaml"), message());
        assertFalse(message().contains("\n"), message());
    }

    @Test
    void givenACsvForecastThenTheCurveEditorShowsItAsOneEditAndUndoRestores() {
        ImportViewModel imports = start();
        Scenario before = vm.model().scenario();
        ImportedForecast expected = ForecastImporters.read(CSV, ForecastImporters.Options.DEFAULTS);
        services.dialogs.opens.add(Optional.of(CSV));

        imports.importForecast();

        assertEquals(List.of(FileKind.FORECAST), services.dialogs.kinds);
        assertArrayEquals(expected.intensity(), vm.model().scenario().intensity());
        assertArrayEquals(expected.demand(), vm.model().scenario().demand());
        assertArrayEquals(expected.intensity(), vm.curves().valuesProperty().get());
        assertEquals(expected.start(), vm.model().scenario().start());
        assertEquals(0, services.questions.ukAsked, "only a UK response asks forecast or actual");
        assertEquals(48, vm.runs().outcomeProperty().get().run().steps());
        assertTrue(message().startsWith("Imported 48 slots of 30 min from intensity.csv (CSV"), message());

        vm.document().undo();

        assertEquals(yaml(before), yaml(vm.model().scenario()));
        assertArrayEquals(before.intensity(), vm.curves().valuesProperty().get());
    }

    @Test
    void givenAUkResponseThenTheChoiceDecidesForecastOrActualAndWarningsAreShown() {
        ImportViewModel imports = start();
        services.questions.ukAnswers.add(Optional.of(ForecastSource.ACTUAL));

        assertTrue(imports.importForecast(UK));

        ImportedForecast actual = ForecastImporters.read(UK, new ForecastImporters.Options(ForecastSource.ACTUAL));
        ImportedForecast forecast = ForecastImporters.read(UK, new ForecastImporters.Options(ForecastSource.FORECAST));
        assertEquals(1, services.questions.ukAsked);
        assertArrayEquals(actual.intensity(), vm.model().scenario().intensity());
        assertFalse(java.util.Arrays.equals(forecast.intensity(), actual.intensity()), "the choice matters");
        assertEquals(actual.warnings().size(), services.questions.reports.get(0).size() - 1,
                services.questions.reports.toString());
    }

    @Test
    void givenTheUkChoiceCancelledThenNothingChanges() {
        ImportViewModel imports = start();
        Scenario before = vm.model().scenario();

        assertFalse(imports.importForecast(UK));

        assertSame(before, vm.model().scenario());
        assertFalse(vm.model().canUndoProperty().get());
    }

    @Test
    void givenABrokenForecastThenTheErrorSaysWhereAndTheCurveStays() throws IOException {
        ImportViewModel imports = start();
        Scenario before = vm.model().scenario();
        Path broken = dir.resolve("broken.csv");
        Files.writeString(broken, "timestamp,intensity\n2030-01-01T00:00:00Z,100\n2030-01-01T00:30:00Z,-5\n");

        assertFalse(imports.importForecast(broken));

        assertSame(before, vm.model().scenario());
        assertTrue(vm.status().errorProperty().get());
        assertTrue(message().startsWith("broken.csv"), message());
    }

    @Test
    void givenAForecastThatIsADeviceThenItIsRefusedOnOneLineAndTheCurveStays() {
        ImportViewModel imports = start();
        Scenario before = vm.model().scenario();

        assertFalse(imports.importForecast(Path.of("/dev/zero")));

        assertSame(before, vm.model().scenario());
        assertTrue(message().contains("/dev/zero: is not a regular file"), message());
    }

    @Test
    void givenAScheduleWithTheFloorAboveTheCeilingThenItIsRefusedAndTheScenarioIsUntouched() throws IOException {
        ImportViewModel imports = start();
        Scenario before = vm.model().scenario();
        Path file = dir.resolve("ts.yaml");
        Files.writeString(file, "apiVersion: scheduling.carbonrouter.io/v1alpha1\nkind: TrafficSchedule\n"
                + "metadata: {name: a}\nspec: {scheduler: {throttleIntensityFloor: \"400\","
                + " throttleIntensityCeiling: \"300\"}}\n");

        assertFalse(imports.importSchedule(file));

        assertSame(before, vm.model().scenario());
        assertTrue(message().contains("throttleIntensityFloor"), message());
        assertFalse(message().contains("\n"), message());
    }
}
