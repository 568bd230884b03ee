package io.carbonrouter.explorer.ui.results;

import io.carbonrouter.explorer.io.ScenarioFiles;
import io.carbonrouter.explorer.simulation.measured.ReconcileMetric;
import io.carbonrouter.explorer.ui.Fakes;
import io.carbonrouter.explorer.ui.MainViewModel;
import io.carbonrouter.explorer.ui.service.FileKind;
import io.carbonrouter.explorer.ui.run.ChartSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MeasuredViewModelTest {

    private static final Path MEASURED = Path.of("src/test/resources/measured/synthetic-timeseries.csv");
    private static final Path REPLAY = Path.of("src/test/resources/measured/replay.yaml");

    @TempDir
    Path home;

    private MainViewModel open(Fakes.Services services) {
        return new MainViewModel(services.services, ScenarioFiles.read(REPLAY), Optional.empty());
    }

    @Test
    void givenAMeasuredRunWhenOpenedThenEveryChartHasItsOverlayAndThePanelItsFigures() {
        Fakes.Services services = new Fakes.Services(home);
        services.dialogs.opens.push(Optional.of(MEASURED));
        MainViewModel vm = open(services);

        vm.measured().open();

        assertEquals(List.of(FileKind.MEASURED_RUN), services.dialogs.kinds);
        assertTrue(vm.measured().loadedProperty().get());
        ChartSet overlay = vm.charts().measuredProperty().get();
        assertNotNull(overlay);
        int steps = vm.charts().chartsProperty().get().get("weights").steps();
        for (var chart : Stream.of("weights", "precision", "balance", "throttle", "emissions").map(overlay::get)
                .toList()) {
            assertEquals(steps, chart.steps());
            assertFalse(chart.series().isEmpty());
        }
        assertEquals(ReconcileMetric.values().length, vm.measured().items().size());
        MeasuredViewModel.Item reduction = vm.measured().items().get(0);
        assertEquals("linear carbon reduction", reduction.metric());
        assertEquals("48.61 %", reduction.measured());
        assertEquals("-", reduction.movedBy());
        assertEquals("Measured synthetic-timeseries.csv vs simulated credit-greedy:",
                vm.measured().headingProperty().get());
        assertTrue(vm.status().messageProperty().get().startsWith("Opened the measured run synthetic-timeseries.csv:"
                + " 120 samples over 600 s"), vm.status().messageProperty().get());
    }

    @Test
    void givenAMeasuredRunWhenTheScenarioChangesThenTheFiguresFollowTheNewRun() {
        MainViewModel vm = open(new Fakes.Services(home));
        vm.measured().open(MEASURED);
        String before = vm.measured().items().get(0).simulated();

        vm.model().edit("policy", s -> s.withPolicy("p100"));

        assertEquals("Measured synthetic-timeseries.csv vs simulated p100:", vm.measured().headingProperty().get());
        assertEquals("0.00 %", vm.measured().items().get(0).simulated());
        assertFalse(before.equals("0.00 %"));
    }

    @Test
    void removeTakesTheOverlayOffAndClosesThePanel() {
        MainViewModel vm = open(new Fakes.Services(home));
        vm.measured().open(MEASURED);

        vm.measured().remove();
        vm.model().edit("policy", s -> s.withPolicy("p100"));

        assertNull(vm.charts().measuredProperty().get());
        assertFalse(vm.measured().loadedProperty().get());
        assertTrue(vm.measured().items().isEmpty());
    }

    @Test
    void aFileThatCannotBeReadSaysWhyAndKeepsWhatWasOpen() throws IOException {
        Path bad = Files.writeString(home.resolve("bad.csv"), "elapsed_seconds\n5\n");
        MainViewModel vm = open(new Fakes.Services(home));
        vm.measured().open(MEASURED);

        vm.measured().open(bad);

        assertTrue(vm.status().errorProperty().get());
        assertTrue(vm.status().messageProperty().get().startsWith("bad.csv: header: not a benchmark harness"),
                vm.status().messageProperty().get());
        assertTrue(vm.measured().loadedProperty().get());
        assertNotNull(vm.charts().measuredProperty().get());
    }
}
