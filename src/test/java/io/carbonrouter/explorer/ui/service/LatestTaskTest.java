package io.carbonrouter.explorer.ui.service;

import io.carbonrouter.explorer.ui.Fakes;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LatestTaskTest {

    private final Fakes.Queue background = new Fakes.Queue();
    private final Fakes.Queue fx = new Fakes.Queue();
    private final TaskExecutor executor = new TaskExecutor(fx);
    private final LatestTask tasks = executor.latest("Work", background);
    private final List<String> heard = new ArrayList<>();

    @Test
    void givenTwoRequestsWhenBothFinishThenOnlyTheLatestResultIsDelivered() {
        long first = tasks.next();
        tasks.submit(first, () -> "first", heard::add, e -> heard.add("failed"));
        long second = tasks.next();
        tasks.submit(second, () -> "second", heard::add, e -> heard.add("failed"));

        background.runAll();
        fx.runAll();

        assertEquals(List.of("second"), heard);
    }

    @Test
    void givenACancelWhenTheWorkHadAlreadyFinishedThenNeitherResultNorProgressIsDelivered() {
        long gen = tasks.next();
        tasks.submit(gen, () -> "done", heard::add, e -> heard.add("failed"));
        background.runAll();
        tasks.onFx(gen, () -> heard.add("progress"));

        tasks.cancel();
        fx.runAll();

        assertTrue(heard.isEmpty());
        assertTrue(tasks.stale(gen));
    }

    @Test
    void givenWorkThatFailsThenTheFailureReachesTheFxSideAndASupersededOneSaysNothing() {
        long gen = tasks.next();
        tasks.<String>submit(gen, () -> {
            throw new IllegalArgumentException("bad");
        }, heard::add, e -> heard.add("failed: " + e.getMessage()));
        tasks.<String>submit(gen, () -> {
            throw new CancellationException("superseded");
        }, heard::add, e -> heard.add("failed: " + e.getMessage()));

        background.runAll();
        fx.runAll();

        assertEquals(List.of("failed: bad"), heard);
    }

    @Test
    void givenWorkStaleBeforeItStartsThenItDoesNotRun() {
        long gen = tasks.next();
        tasks.submit(gen, () -> heard.add("ran") ? "ran" : "", r -> { }, e -> { });
        tasks.next();

        background.runAll();

        assertTrue(heard.isEmpty());
        assertEquals(gen + 1, tasks.current());
    }

    @Test
    void givenWorkOnItsWayThenItIsListedWithItsProgressUntilItsResultIsDelivered() {
        long gen = tasks.next();
        tasks.submit(gen, () -> "done", heard::add, e -> heard.add("failed"));
        assertEquals(List.of(tasks.task()), executor.running());

        tasks.progress(gen, 0.25, "1 of 4 runs");
        fx.runAll();
        assertEquals(0.25, tasks.task().progressProperty().get());
        assertEquals("1 of 4 runs", tasks.task().messageProperty().get());

        background.runAll();
        fx.runAll();

        assertEquals(List.of("done"), heard);
        assertTrue(executor.running().isEmpty());
        assertFalse(tasks.task().runningProperty().get());
        assertEquals(-1, tasks.task().progressProperty().get());
    }

    @Test
    void givenTheListsCancelThenTheTaskLeavesTheListAndItsResultIsDropped() {
        List<String> cancelled = new ArrayList<>();
        tasks.setUserCancel(() -> {
            cancelled.add("owner heard it");
            tasks.cancel();
        });
        long gen = tasks.next();
        tasks.submit(gen, () -> "done", heard::add, e -> heard.add("failed"));

        executor.running().get(0).cancel();
        background.runAll();
        fx.runAll();

        assertEquals(List.of("owner heard it"), cancelled);
        assertTrue(heard.isEmpty());
        assertTrue(executor.running().isEmpty());
    }

    @Test
    void givenWorkListedWhenSlowThenOnlyItsFirstProgressListsIt() {
        LatestTask quiet = executor.latestWhenSlow("Quiet work", background);
        long gen = quiet.next();
        quiet.submit(gen, () -> "done", heard::add, e -> heard.add("failed"));
        assertTrue(executor.running().isEmpty());

        quiet.progress(gen, 0.5, "");
        fx.runAll();
        assertEquals(List.of(quiet.task()), executor.running());

        background.runAll();
        fx.runAll();
        assertTrue(executor.running().isEmpty());
    }

    @Test
    void givenWorkThatStopsItselfThenItLeavesTheListSayingNothing() {
        long gen = tasks.next();
        tasks.<String>submit(gen, () -> {
            throw new CancellationException("stopped");
        }, heard::add, e -> heard.add("failed"));

        background.runAll();
        fx.runAll();

        assertTrue(heard.isEmpty());
        assertTrue(executor.running().isEmpty());
    }

    @Test
    void givenTwoJobsOfOneRequestThenTheTaskStaysListedUntilBothAreDelivered() {
        long gen = tasks.next();
        tasks.submit(gen, () -> "first", heard::add, e -> heard.add("failed"));
        tasks.submit(tasks.current(), () -> "second", heard::add, e -> heard.add("failed"));

        background.jobs.poll().run();
        fx.runAll();
        assertEquals(List.of(tasks.task()), executor.running());

        background.runAll();
        fx.runAll();
        assertEquals(List.of("first", "second"), heard);
        assertTrue(executor.running().isEmpty());
    }
}
