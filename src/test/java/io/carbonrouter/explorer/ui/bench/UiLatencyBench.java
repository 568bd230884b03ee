package io.carbonrouter.explorer.ui.bench;

import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.ui.MainWindow;
import io.carbonrouter.explorer.ui.app.AppServices;
import io.carbonrouter.explorer.ui.chart.ChartData;
import io.carbonrouter.explorer.ui.chart.CurveEditor;
import io.carbonrouter.explorer.ui.chart.TimeSeriesChart;
import io.carbonrouter.explorer.ui.curves.CurveTransforms;
import io.carbonrouter.explorer.ui.run.RunOutcome;
import io.carbonrouter.explorer.ui.service.FxExecutor;
import io.carbonrouter.explorer.ui.service.WorkerExecutor;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.robot.Motion;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code mvn -Pbench-ui verify}: drives the real window headless, with the app's own worker thread and FX
 * executor, through 50 flavour edits (typed into the table) and 50 curve-point drags on a week of 5-minute
 * slots (2,016 steps), and prints {@code ui-latency p50=<ms> p95=<ms> n=<count>}: the time from the input
 * event that made an edit (Enter, a drag move, the release) to the first pulse after the charts took the run
 * of that edit. Edits a newer one overtook never reach the charts and are not counted; neither do ten edits
 * and ten drags first, which warm up the JIT and lay the charts out once. Not a test: it only checks that it
 * measured something.
 */
class UiLatencyBench {

    private static final int EDITS = 50;
    /** Edits before measuring, so the JIT and the first layouts of the charts do not count. */
    private static final int WARM_UP = 10;
    private static final int STEPS = 2016;

    @TempDir
    Path home;

    private final FxRobot robot = new FxRobot();
    private final Map<Scenario, Long> inputAt = new IdentityHashMap<>();
    private final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    private long lastInput;
    private MainWindow window;
    /** The precision cell of the second flavour (precision-50). */
    private TextField precision;

    static Scenario week() {
        return Scenario.builder().name("bench week").policy("forecast-aware-global")
                .intensity(CurveTransforms.windyWeek(STEPS, 5, 7))
                .demand(CurveTransforms.dailySun(STEPS, 5, 120, 60))
                .slotMinutes(5).start(Optional.of(Instant.parse("2030-03-04T00:00:00Z")))
                .steps(OptionalInt.of(STEPS)).horizonSlots(96).build();
    }

    @Test
    void measureEditToChartsLatency() throws Exception {
        FxToolkit.registerPrimaryStage();
        ExecutorService worker = WorkerExecutor.create();
        AppServices services = BenchServices.of(home, worker, new FxExecutor());
        window = call(() -> MainWindow.show(new Stage(), services, week(), Optional.empty()));
        waitUntil(() -> outcomeOnScreen() != null && outcomeOnScreen().run().steps() == STEPS);
        call(this::listen);
        precision = robot.from(window.scene().getRoot()).lookup(".cell-field.precision")
                .queryAllAs(TextField.class).stream().filter(f -> "50".equals(f.getText())).findFirst()
                .orElseThrow();
        flavourEdits(WARM_UP);
        curveDrags(WARM_UP);
        latencies.clear();

        flavourEdits(EDITS);
        curveDrags(EDITS);

        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("ui-latency p50=%.1f p95=%.1f n=%d%n", percentile(sorted, 50), percentile(sorted, 95),
                sorted.size());
        call(() -> {
            window.stage().close();
            return null;
        });
        worker.shutdownNow();
        assertTrue(sorted.size() >= 2 * EDITS, "every edit reached the charts: " + sorted.size());
    }

    /** Stamps input events, maps each edit to the input that made it, and times the charts taking its run. */
    private Void listen() {
        Scene scene = window.scene();
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> lastInput = System.nanoTime());
        scene.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> lastInput = System.nanoTime());
        scene.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> lastInput = System.nanoTime());
        window.viewModel().model().scenarioProperty().addListener((obs, old, s) -> inputAt.put(s, lastInput));
        weights().dataProperty().addListener((obs, old, data) -> chartsTook(scene, data));
        return null;
    }

    private void chartsTook(Scene scene, ChartData data) {
        RunOutcome o = outcomeOnScreen();
        Long t0 = o == null || o.charts().get("weights") != data ? null : inputAt.remove(o.scenario());
        if (t0 == null) {
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            latencies.add(System.nanoTime() - t0);
            scene.removePostLayoutPulseListener(once[0]);
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    /** Types a new precision for the second flavour, 60 and 40 in turn, each an edit of its own. */
    private void flavourEdits(int count) {
        for (int i = 0; i < count; i++) {
            robot.clickOn(precision);
            robot.push(KeyCode.CONTROL, KeyCode.A);
            robot.write(i % 2 == 0 ? "60" : "40");
            int before = latencies.size();
            robot.push(KeyCode.ENTER);
            waitUntil(() -> latencies.size() > before && settled());
        }
    }

    private void curveDrags(int count) {
        CurveEditor editor = robot.from(window.scene().getRoot()).lookup("#curve-editor").queryAs(CurveEditor.class);
        Bounds b = call(() -> editor.localToScreen(editor.getBoundsInLocal()));
        for (int i = 0; i < count; i++) {
            double x = b.getMinX() + b.getWidth() * (0.2 + 0.6 * i / count);
            grab(editor, x, b);
            int before = latencies.size();
            robot.press(MouseButton.PRIMARY).moveBy(0, i % 2 == 0 ? -12 : 12).moveBy(0, i % 2 == 0 ? -12 : 12)
                    .release(MouseButton.PRIMARY);
            waitUntil(() -> latencies.size() > before && settled());
        }
    }

    /** Moves down a column until the pointer says a point can be grabbed. */
    private void grab(CurveEditor editor, double x, Bounds b) {
        for (double y = b.getMinY() + 2; y < b.getMaxY(); y += 6) {
            robot.moveTo(new Point2D(x, y), Motion.DIRECT);
            if (call(editor::getCursor) == Cursor.V_RESIZE) {
                return;
            }
        }
        throw new AssertionError("no curve point under x=" + x);
    }

    /** The charts show the run of the current scenario and the pulse after it has been timed. */
    private boolean settled() {
        return call(() -> {
            RunOutcome o = outcomeOnScreen();
            return o != null && o.scenario() == window.viewModel().model().scenario()
                    && !inputAt.containsKey(o.scenario()) && !window.viewModel().runs().busyProperty().get();
        });
    }

    private RunOutcome outcomeOnScreen() {
        return window.viewModel().runs().outcomeProperty().get();
    }

    private TimeSeriesChart weights() {
        return (TimeSeriesChart) window.scene().lookup("#chart-weights");
    }

    private static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1)) / 1e6;
    }

    private static <T> T call(Callable<T> c) {
        WaitForAsyncUtils.waitForFxEvents();
        try {
            return WaitForAsyncUtils.asyncFx(c).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("FX call failed", e);
        }
    }

    private static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> call(condition));
        } catch (Exception e) {
            throw new AssertionError("the charts did not settle within 30 s", e);
        }
    }
}
