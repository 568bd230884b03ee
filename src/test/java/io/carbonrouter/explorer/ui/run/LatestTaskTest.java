package io.carbonrouter.explorer.ui.run;

import io.carbonrouter.explorer.ui.Fakes;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LatestTaskTest {

    private final Fakes.Queue background = new Fakes.Queue();
    private final Fakes.Queue fx = new Fakes.Queue();
    private final LatestTask tasks = new LatestTask(background, fx);
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
}
