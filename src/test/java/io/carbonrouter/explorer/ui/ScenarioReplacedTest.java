package io.carbonrouter.explorer.ui;

import io.carbonrouter.explorer.io.ScenarioFiles;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.ui.app.AppServices;
import io.carbonrouter.explorer.ui.run.ChartSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Opening another scenario: nothing of the old one's results stays beside the new inputs. */
class ScenarioReplacedTest {

    private static final Path OTHER = Path.of("sample-data/scenarios/five-flavours-coal-grid.yaml");

    @TempDir
    Path home;

    /** The app with its runs held in {@code worker} until the test lets them go. */
    private MainViewModel open(Fakes.Queue worker) {
        AppServices s = new Fakes.Services(home).services;
        AppServices held = new AppServices(s.simulator(), worker, s.fx(), s.ticker(), s.files(), s.prompt(),
                s.export(), s.settings(), s.samples(), s.clock(), s.dialogs(), s.later(), s.batch(), s.cores());
        MainViewModel vm = new MainViewModel(held, Fakes.sample(), Optional.empty());
        worker.runAll();
        return vm;
    }

    @Test
    void givenAFileOpenedThenTheOldChartsLeaveUntilTheNewRunArrives() {
        Fakes.Queue worker = new Fakes.Queue();
        MainViewModel vm = open(worker);
        ChartSet old = vm.charts().chartsProperty().get();

        assertTrue(vm.document().openFile(OTHER));

        assertNull(vm.runs().outcomeProperty().get());
        assertSame(ChartSet.EMPTY, vm.charts().chartsProperty().get());
        assertEquals("running the new scenario…", vm.status().runInfoProperty().get());
        worker.runAll();
        Scenario opened = ScenarioFiles.read(OTHER);
        assertEquals(opened.clock().ticks(), vm.runs().outcomeProperty().get().run().steps());
        assertNotSame(old, vm.charts().chartsProperty().get());
        assertTrue(vm.status().runInfoProperty().get().matches("last run \\d+ ms · \\d+ steps · .*"),
                vm.status().runInfoProperty().get());
    }

    @Test
    void givenAPinnedRunWhenAnotherScenarioIsOpenedThenItIsUnpinnedAndNothingIsCompared() {
        Fakes.Queue worker = new Fakes.Queue();
        MainViewModel vm = open(worker);
        vm.charts().pinnedProperty().set(true);
        worker.runAll();

        vm.document().openFile(OTHER);
        worker.runAll();

        assertFalse(vm.charts().pinnedProperty().get());
        assertNull(vm.charts().ghostProperty().get());
        assertNull(vm.baseline().diffProperty().get());
        assertTrue(vm.baseline().items().isEmpty());
    }

    @Test
    void givenAPinnedRunWhenTheScenarioIsOnlyEditedThenThePinStays() {
        Fakes.Queue worker = new Fakes.Queue();
        MainViewModel vm = open(worker);
        vm.charts().pinnedProperty().set(true);

        vm.model().edit("target", s -> s.withConfig(s.config().withTargetError(0.3)));
        worker.runAll();

        assertTrue(vm.charts().pinnedProperty().get());
        assertTrue(vm.charts().ghostProperty().get() != null);
    }
}
