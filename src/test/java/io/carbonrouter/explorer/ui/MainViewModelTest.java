package io.carbonrouter.explorer.ui;

import io.carbonrouter.explorer.engine.FlavourProfile;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.ui.app.AppServices;
import io.carbonrouter.explorer.ui.run.RunOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainViewModelTest {

    @TempDir
    Path home;

    private MainViewModel open(Fakes.Services services) {
        return new MainViewModel(services.services, Fakes.sample(), Optional.empty());
    }

    private static Scenario allDisabled(Scenario s) {
        List<FlavourProfile> off = s.flavours().stream().map(f -> f.withEnabled(false)).toList();
        return s.toBuilder().flavours(off).build();
    }

    @Test
    void givenTheSampleThenTheWholeTimelineRunsAtOnceWithNoBanner() {
        MainViewModel vm = open(new Fakes.Services(home));

        RunOutcome o = vm.runs().outcomeProperty().get();
        assertEquals(144, o.run().steps());
        assertEquals("", vm.bannerProperty().get());
        assertTrue(vm.status().runInfoProperty().get().startsWith("last run "));
    }

    @Test
    void givenNoFlavourEnabledThenTheBannerSaysSoAndTheLastValidRunStays() {
        MainViewModel vm = open(new Fakes.Services(home));
        RunOutcome before = vm.runs().outcomeProperty().get();

        vm.model().edit("disable all", MainViewModelTest::allDisabled);

        assertTrue(vm.bannerProperty().get().contains("no flavours enabled"), vm.bannerProperty().get());
        assertSame(before, vm.runs().outcomeProperty().get());
        assertSame(before.charts(), vm.charts().chartsProperty().get());
    }

    @Test
    void givenAValidScenarioWhoseRunFailsThenTheBannerSaysTheChartsAreFromAnEarlierRun() {
        MainViewModel vm = open(new Fakes.Services(home));
        RunOutcome before = vm.runs().outcomeProperty().get();

        vm.model().edit("unknown strategy", s -> s.withPolicy("no-such-strategy"));

        assertTrue(vm.bannerProperty().get().startsWith("The run failed; the charts show the last run that finished."),
                vm.bannerProperty().get());
        assertTrue(vm.bannerProperty().get().contains("no-such-strategy"), vm.bannerProperty().get());
        assertSame(before, vm.runs().outcomeProperty().get());

        vm.model().edit("another edit", s -> s.withConfig(s.config().withCreditMin(-0.5)));
        assertTrue(vm.bannerProperty().get().startsWith("The run failed"), vm.bannerProperty().get());

        vm.model().undo();
        vm.model().undo();

        assertEquals("", vm.bannerProperty().get());
        assertNotSame(before, vm.runs().outcomeProperty().get());
    }

    @Test
    void givenAnInvalidScenarioWhenFixedThenTheBannerGoesAndItRunsAgain() {
        MainViewModel vm = open(new Fakes.Services(home));
        RunOutcome before = vm.runs().outcomeProperty().get();
        vm.model().edit("bad band", s -> s.withConfig(s.config().withCreditMin(2)));
        assertTrue(vm.bannerProperty().get().contains("creditMin"));

        vm.model().undo();

        assertEquals("", vm.bannerProperty().get());
        assertNotSame(before, vm.runs().outcomeProperty().get());
    }

    @Test
    void givenPausedWhenEditedThenTheWholeTimelineRerunsAndTheCursorStays() {
        MainViewModel vm = open(new Fakes.Services(home));
        vm.timeline().moveTo(70);

        vm.model().edit("target", s -> s.withConfig(s.config().withTargetError(0.3)));

        RunOutcome o = vm.runs().outcomeProperty().get();
        assertFalse(o.live());
        assertEquals(144, o.run().steps());
        assertEquals(0.7, o.run().targetPrecision(0), 1e-12);
        assertEquals(70, vm.timeline().cursorProperty().get());
    }

    @Test
    void givenPlayingWhenEditedThenTheEditAppliesFromTheStepAfterTheCursorOn() {
        Fakes.Services services = new Fakes.Services(home);
        MainViewModel vm = open(services);
        vm.playback().speedProperty().unbind();
        vm.playback().speedProperty().set(10);
        vm.playback().play();
        for (int i = 0; i <= 20; i++) {
            services.ticker.frame(i * 100_000_000L);
        }
        assertEquals(144, vm.runs().outcomeProperty().get().run().steps(), "playing replays the computed run");
        int at = vm.timeline().cursorProperty().get() + 1;

        vm.model().edit("target", s -> s.withConfig(s.config().withTargetError(0.3)));
        services.ticker.frame(21 * 100_000_000L);

        RunOutcome o = vm.runs().outcomeProperty().get();
        assertTrue(o.live());
        assertEquals(at + 1, o.run().steps());
        assertEquals(0.85, o.run().targetPrecision(at - 1), 1e-12, "steps before the edit keep their settings");
        assertEquals(0.7, o.run().targetPrecision(at), 1e-12, "the edit holds from the next step");
    }

    @Test
    void givenAnInvalidEditWhilePlayingThenPlaybackPauses() {
        Fakes.Services services = new Fakes.Services(home);
        MainViewModel vm = open(services);
        vm.playback().play();

        vm.model().edit("disable all", MainViewModelTest::allDisabled);

        assertFalse(vm.playback().isPlaying());
    }

    @Test
    void givenTheRightArrowOnAFullRunThenTheCursorMovesOneStep() {
        MainViewModel vm = open(new Fakes.Services(home));

        vm.stepForward();
        vm.stepForward();
        vm.stepBack();

        assertEquals(1, vm.timeline().cursorProperty().get());
    }

    @Test
    void givenACreditWindowPastTheLimitThenTheBannerNamesItAndTheChartsAreMarkedAsTheLastValidRun() {
        MainViewModel vm = open(new Fakes.Services(home));
        RunOutcome before = vm.runs().outcomeProperty().get();

        vm.model().edit("huge window", s -> s.withConfig(s.config().withCreditWindow(Integer.MAX_VALUE)));

        assertTrue(vm.bannerProperty().get().startsWith("The scenario cannot run; the charts show the last valid"
                + " run."), vm.bannerProperty().get());
        assertTrue(vm.bannerProperty().get().contains("config.creditWindow: must be from 1 to 1000000"));
        assertSame(before, vm.runs().outcomeProperty().get());
    }

    @Test
    void givenAnOverflowingCarbonFactorThenNoRunStartsAndTheBannerNamesTheFlavour() {
        MainViewModel vm = open(new Fakes.Services(home));
        RunOutcome before = vm.runs().outcomeProperty().get();

        vm.model().edit("huge factor", s -> s.toBuilder().flavours(List.of(
                new FlavourProfile("a", 1.0, 1e308, true), new FlavourProfile("b", 0.5, 1.0, true))).build());

        assertTrue(vm.bannerProperty().get().contains("flavours[0].carbonIntensity"), vm.bannerProperty().get());
        assertSame(before, vm.runs().outcomeProperty().get());
    }

    @Test
    void givenARunWaitingOnTheWorkerWhenTheRunIsExportedThenTheFileIsWrittenWithoutWaitingForIt() {
        Fakes.Services fakes = new Fakes.Services(home);
        AppServices s = fakes.services;
        Fakes.Queue worker = new Fakes.Queue();
        MainViewModel vm = new MainViewModel(new AppServices(s.simulator(), worker, s.fx(), s.ticker(), s.files(),
                s.prompt(), s.export(), s.settings(), s.samples(), s.clock(), s.dialogs(), s.later(), s.batch(),
                s.cores()), Fakes.sample(), Optional.empty());
        worker.runAll();
        vm.model().edit("rename", x -> x.toBuilder().name("renamed").build());
        Path csv = home.resolve("run.csv");
        fakes.dialogs.saves.add(Optional.of(csv));

        vm.results().exportCsv();

        assertEquals(1, worker.jobs.size(), "the edit's run still waits");
        assertTrue(Files.exists(csv));
    }
}
