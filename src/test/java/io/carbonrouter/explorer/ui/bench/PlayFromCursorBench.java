package io.carbonrouter.explorer.ui.bench;

import io.carbonrouter.explorer.io.ScenarioFiles;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.ui.MainWindow;
import io.carbonrouter.explorer.ui.app.AppServices;
import io.carbonrouter.explorer.ui.run.RunOutcome;
import io.carbonrouter.explorer.ui.service.FxExecutor;
import io.carbonrouter.explorer.ui.service.WorkerExecutor;
import io.carbonrouter.explorer.ui.toolbar.ToolbarViewModel;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code mvn -Pbench-ui verify -Dbench.ui=PlayFromCursorBench -DargLine=-Xmx1g}: opens the deployed year
 * ({@code src/test/resources/bench/year-deployed.yaml}, 2,102,400 ticks) in the real window, headless, puts the
 * cursor mid-year and plays from there at a day a second for 20 s, as a class would. Prints the heap's peak
 * (the sum of the heap pools' peaks while it plays, and the largest heap in use after the year's run), how long
 * the FX thread took to answer a task posted every 20 ms (what a click or a menu waits for), and how far the
 * cursor went. Not a test: it only checks that the cursor moved and the run stayed whole.
 */
class PlayFromCursorBench {

    private static final Path YEAR = Path.of("src/test/resources/bench/year-deployed.yaml");
    private static final long PLAY_MILLIS = 20_000;
    private static final long PROBE_MILLIS = 20;

    @TempDir
    Path home;

    @Test
    void measurePlayFromMidYear() throws Exception {
        FxToolkit.registerPrimaryStage();
        Scenario year = ScenarioFiles.read(YEAR);
        ExecutorService worker = WorkerExecutor.create();
        AppServices services = BenchServices.of(home, worker, new FxExecutor());
        MainWindow window = BenchServices.call(() -> MainWindow.show(new Stage(), services, year, Optional.empty()));
        int ticks = year.clock().ticks();
        BenchServices.waitUntil(() -> whole(window, ticks), 600);
        RunOutcome computed = BenchServices.call(() -> window.viewModel().runs().outcomeProperty().get());
        System.gc();
        long settled = heapUsed();
        List<MemoryPoolMXBean> heap = heapPools();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        int from = ticks / 2;
        BenchServices.call(() -> {
            ToolbarViewModel toolbar = window.viewModel().toolbar();
            int day = toolbar.speeds().indexOf(new ToolbarViewModel.Speed("1 day/s", 86_400));
            toolbar.speedIndexProperty().set(day);
            window.viewModel().timeline().moveTo(from);
            window.viewModel().playback().play();
            return null;
        });
        List<Long> answers = new ArrayList<>();
        long end = System.nanoTime() + PLAY_MILLIS * 1_000_000L;
        while (System.nanoTime() < end) {
            long posted = System.nanoTime();
            AtomicLong ran = new AtomicLong();
            Platform.runLater(() -> ran.set(System.nanoTime()));
            Thread.sleep(PROBE_MILLIS);
            while (ran.get() == 0) {
                Thread.sleep(1);
            }
            answers.add(ran.get() - posted);
        }
        int at = BenchServices.call(() -> {
            window.viewModel().playback().pause();
            return window.viewModel().timeline().cursorProperty().get();
        });
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        boolean sameRun = BenchServices.call(() -> window.viewModel().runs().outcomeProperty().get() == computed);
        Collections.sort(answers);
        System.out.printf("play-from-cursor heap: %d MiB in use after the year's run, peak %d MiB while playing"
                        + " (max heap %d MiB); FX answers p50=%.1f ms p99=%.1f ms max=%.1f ms (n=%d); cursor %d -> %d"
                        + " (%.1f simulated days), same run on screen: %s%n",
                settled >> 20, peak >> 20, Runtime.getRuntime().maxMemory() >> 20,
                answers.get(answers.size() / 2) / 1e6, answers.get(answers.size() * 99 / 100) / 1e6,
                answers.get(answers.size() - 1) / 1e6, answers.size(), from, at,
                (at - from) * year.clock().evaluationSeconds() / 86_400, sameRun);
        BenchServices.call(() -> {
            window.stage().close();
            return null;
        });
        worker.shutdownNow();
        assertTrue(at > from && sameRun, "played on from the cursor over the computed run");
    }

    private static boolean whole(MainWindow window, int ticks) {
        RunOutcome o = window.viewModel().runs().outcomeProperty().get();
        return o != null && !o.live() && o.run().steps() == ticks;
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .toList();
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }


}
