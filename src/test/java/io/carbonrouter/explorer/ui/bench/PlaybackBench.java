package io.carbonrouter.explorer.ui.bench;

import io.carbonrouter.explorer.io.ScenarioFiles;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.ui.MainWindow;
import io.carbonrouter.explorer.ui.app.AppServices;
import io.carbonrouter.explorer.ui.run.RunOutcome;
import io.carbonrouter.explorer.ui.service.FxExecutor;
import io.carbonrouter.explorer.ui.service.WorkerExecutor;
import javafx.animation.AnimationTimer;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code mvn -Pbench-ui verify -Dbench.ui=PlaybackBench}: plays the 105,120-step year of five-minute slots
 * ({@code src/test/resources/bench/year-five-minute.yaml}) in the real window, headless, as a live session
 * computed while it plays, at 1,000 steps a second, from the first step to the last, and prints
 * {@code playback-frame p50=<ms> p95=<ms> max=<ms> n=<frames>}, plus the p95 of the first and the last tenth
 * of the frames (equal when a frame's cost does not grow with the steps already played). A frame's time is
 * the FX thread's time for it: the pulse (animation, CSS, layout, the charts' painting), measured from an
 * animation timer to the pulse's post-layout listener, plus the FX tasks run since the previous pulse (the
 * published runs, the charts taking them). Not a test: it only checks that it measured the whole year.
 */
class PlaybackBench {

    private static final Path YEAR = Path.of("src/test/resources/bench/year-five-minute.yaml");

    @TempDir
    Path home;

    /** FX time spent in tasks since the last pulse, and per-pulse totals; FX thread only. */
    private long tasksNanos;
    private long pulseStart = -1;
    private final List<Long> frames = new ArrayList<>();

    @Test
    void measurePlaybackFrameTimes() throws Exception {
        FxToolkit.registerPrimaryStage();
        Scenario year = ScenarioFiles.read(YEAR);
        ExecutorService worker = WorkerExecutor.create();
        Executor fx = new FxExecutor();
        Executor timedFx = task -> fx.execute(() -> {
            long t0 = System.nanoTime();
            task.run();
            tasksNanos += System.nanoTime() - t0;
        });
        AppServices services = BenchServices.of(home, worker, timedFx);
        MainWindow window = BenchServices.call(() -> MainWindow.show(new Stage(), services, year, Optional.empty()));
        int steps = year.clock().ticks();
        BenchServices.waitUntil(() -> complete(window, false, steps), 300);
        // A live session from the first step, so that playing computes the year rather than replaying the run.
        BenchServices.call(() -> {
            window.viewModel().runs().startLive(year, 1);
            return null;
        });
        BenchServices.waitUntil(() -> complete(window, true, 1), 60);
        AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulseStart = System.nanoTime();
            }
        };
        long[] wall = new long[2];
        double[] speed = new double[1];
        BenchServices.call(() -> {
            window.scene().addPostLayoutPulseListener(() -> {
                if (pulseStart >= 0) {
                    frames.add(System.nanoTime() - pulseStart + tasksNanos);
                    pulseStart = -1;
                    tasksNanos = 0;
                }
            });
            timer.start();
            window.viewModel().playback().speedProperty().set(1000);
            tasksNanos = 0;
            frames.clear();
            speed[0] = window.viewModel().playback().speedProperty().get();
            wall[0] = System.nanoTime();
            window.viewModel().playback().play();
            return null;
        });
        BenchServices.waitUntil(() -> complete(window, true, steps) && !window.viewModel().playback().isPlaying(), 600);
        List<Long> all = BenchServices.call(() -> {
            timer.stop();
            wall[1] = System.nanoTime();
            return new ArrayList<>(frames);
        });
        int tenth = Math.max(1, all.size() / 10);
        List<Long> sorted = sorted(all);
        System.out.printf("playback-frame p50=%.1f p95=%.1f max=%.1f n=%d (first tenth p95=%.1f, last tenth"
                        + " p95=%.1f; %d steps in %.1f s at %.0f steps/s)%n", percentile(sorted, 50), percentile(sorted, 95),
                sorted.get(sorted.size() - 1) / 1e6, sorted.size(), percentile(sorted(all.subList(0, tenth)), 95),
                percentile(sorted(all.subList(all.size() - tenth, all.size())), 95), steps,
                (wall[1] - wall[0]) / 1e9, speed[0]);
        BenchServices.call(() -> {
            window.stage().close();
            return null;
        });
        worker.shutdownNow();
        assertTrue(all.size() > 100, "measured the frames of the whole year: " + all.size());
    }

    private static boolean complete(MainWindow window, boolean live, int steps) {
        RunOutcome o = window.viewModel().runs().outcomeProperty().get();
        return o != null && o.live() == live && o.run().steps() == steps;
    }

    private static List<Long> sorted(List<Long> values) {
        List<Long> s = new ArrayList<>(values);
        Collections.sort(s);
        return s;
    }

    private static double percentile(List<Long> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1)) / 1e6;
    }


}
