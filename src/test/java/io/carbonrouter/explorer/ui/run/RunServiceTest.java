package io.carbonrouter.explorer.ui.run;

import io.carbonrouter.explorer.engine.StrategyProvider;
import io.carbonrouter.explorer.engine.StrategyRegistry;
import io.carbonrouter.explorer.simulation.Run;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.Simulation;
import io.carbonrouter.explorer.simulation.Simulator;
import io.carbonrouter.explorer.ui.Fakes;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunServiceTest {

    private final Scenario sample = Fakes.sample();
    private final List<RunOutcome> published = new ArrayList<>();

    private RunService service(Executor worker) {
        RunService s = new RunService(Fakes.SIMULATOR, worker, Fakes.tasks(), ChartSetBuilder::build, System::nanoTime);
        s.outcomeProperty().addListener((obs, old, now) -> published.add(now));
        return s;
    }

    @Test
    void givenAFullRunThenItsOutcomeIsPublishedWithChartsForEveryStep() {
        RunService s = service(Runnable::run);

        s.runFull(sample);

        RunOutcome o = s.outcomeProperty().get();
        assertEquals(144, o.run().steps());
        assertEquals(144, o.charts().get("weights").steps());
        assertFalse(o.live());
        assertTrue(o.complete());
        assertFalse(s.busyProperty().get());
        assertEquals(-1, s.progressProperty().get());
    }

    @Test
    void givenABurstOfRequestsThenOnlyTheLatestIsPublished() {
        Fakes.Queue worker = new Fakes.Queue();
        RunService s = service(worker);
        Scenario latest = sample.withPolicy("p100");

        s.runFull(sample);
        s.runFull(sample.withPolicy("round-robin"));
        s.runFull(latest);
        assertTrue(s.busyProperty().get());
        worker.runAll();

        assertEquals(1, published.size());
        assertSame(latest, published.get(0).scenario());
        assertFalse(s.busyProperty().get());
    }

    @Test
    void givenACancelledRunThenNothingIsPublishedAndTheServiceIsIdle() {
        Fakes.Queue worker = new Fakes.Queue();
        RunService s = service(worker);

        s.runFull(sample);
        s.cancel();
        worker.runAll();

        assertTrue(published.isEmpty());
        assertFalse(s.busyProperty().get());
    }

    @Test
    void givenASlowRunThenProgressIsReportedAndClearedWhenDone() {
        AtomicLong now = new AtomicLong();
        List<Double> progress = new ArrayList<>();
        RunService s = new RunService(Fakes.SIMULATOR, Runnable::run, Fakes.tasks(), ChartSetBuilder::build,
                () -> now.addAndGet(50_000_000L));
        s.progressProperty().addListener((obs, old, p) -> progress.add(p.doubleValue()));
        Scenario week = sample.toBuilder().steps(OptionalInt.of(2016)).build();

        s.runFull(week);

        assertTrue(progress.stream().anyMatch(p -> p > 0 && p < 1), "progress in between: " + progress);
        assertEquals(-1, s.progressProperty().get());
        assertEquals(2016, s.outcomeProperty().get().run().steps());
    }

    @Test
    void givenALiveSessionThenItAdvancesOnRequestAndAnEditCarriesTheLedgerOn() {
        RunService s = service(Runnable::run);
        Scenario edited = sample.withConfig(sample.config().withTargetError(0.4));

        s.startLive(sample, 10);
        assertEquals(10, s.outcomeProperty().get().run().steps());
        assertTrue(s.outcomeProperty().get().live());
        s.advanceLive(20);
        s.applyLive(edited);
        s.advanceLive(30);

        Simulation expected = Fakes.SIMULATOR.start(sample);
        for (int t = 0; t < 20; t++) {
            expected.step();
        }
        expected.apply(edited);
        for (int t = 20; t < 30; t++) {
            expected.step();
        }
        Run want = expected.result();
        Run got = s.outcomeProperty().get().run();
        assertEquals(30, got.steps());
        for (int t = 0; t < 30; t++) {
            assertEquals(want.balance(t), got.balance(t), 0.0, "balance at " + t);
        }
        assertNotEquals(Fakes.SIMULATOR.run(edited).balance(25), got.balance(25),
                "the edit did not restart the ledger");
    }

    @Test
    void givenALiveEditWithAnotherPolicyThenTheStepsSoFarAreReplayedWithIt() {
        RunService s = service(Runnable::run);
        Scenario other = sample.withPolicy("p100");

        s.startLive(sample, 12);
        s.applyLive(other);

        Run got = s.outcomeProperty().get().run();
        assertEquals("p100", got.policy());
        assertEquals(12, got.steps());
    }

    @Test
    void givenAFullRunThenTheLiveSessionEnds() {
        RunService s = service(Runnable::run);
        s.startLive(sample, 3);

        s.runFull(sample);

        assertFalse(s.liveProperty().get());
        assertFalse(s.outcomeProperty().get().live());
    }

    @Test
    void givenAFailingRunThenTheFailureIsReportedAndTheLastOutcomeStays() {
        RunService good = service(Runnable::run);
        good.runFull(sample);
        RunService failing = new RunService(Fakes.SIMULATOR, Runnable::run, Fakes.tasks(), (sc, run, previous) -> {
            throw new IllegalStateException("boom");
        }, System::nanoTime);

        failing.runFull(sample);

        assertEquals("The run failed: boom", failing.failureProperty().get());
        assertNull(failing.outcomeProperty().get());
        assertFalse(failing.busyProperty().get());
    }

    @Test
    void givenAPluginThatFailsThenABannerSaysWhichAndTheLastGoodRunStays() throws Exception {
        Path services = Files.createTempFile("services", ".txt");
        Files.writeString(services, NanPlugin.class.getName() + "\n");
        ClassLoader loader = new ClassLoader(getClass().getClassLoader()) {
            @Override
            public Enumeration<URL> getResources(String name) throws IOException {
                return name.equals("META-INF/services/" + StrategyProvider.class.getName())
                        ? Collections.enumeration(List.of(services.toUri().toURL())) : super.getResources(name);
            }
        };
        RunService s = new RunService(new Simulator(StrategyRegistry.discover(loader)), Runnable::run, Fakes.tasks(),
                ChartSetBuilder::build, System::nanoTime);
        s.runFull(sample);
        RunOutcome good = s.outcomeProperty().get();

        s.runFull(sample.toBuilder().policy("nan-plugin").build());

        assertTrue(s.failureProperty().get().startsWith("The run failed: plugin "), s.failureProperty().get());
        assertTrue(s.failureProperty().get().contains("(" + NanPlugin.class.getName() + "): strategy 'nan-plugin'"
                + " at step 0: returned the weight NaN"), s.failureProperty().get());
        assertSame(good, s.outcomeProperty().get());
        Files.delete(services);
    }
}
