package io.carbonrouter.explorer.ui;

import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.ui.chart.TimeSeriesChart;
import io.carbonrouter.explorer.ui.service.FxTicker;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.service.query.NodeQuery;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The main window on the built-in sample, headless, with runs on the FX thread (deterministic) and the real
 * animation ticker; helpers to run code on the FX thread and to type into fields.
 */
abstract class ExplorerFxTestBase {

    @TempDir
    Path home;

    protected MainWindow window;
    protected Fakes.Services services;
    protected final FxRobot robot = new FxRobot();

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void openWindow() {
        services = new Fakes.Services(home);
        window = invoke(() -> MainWindow.show(new Stage(), services.withTicker(new FxTicker()), Fakes.sample(),
                Optional.empty()));
    }

    @AfterEach
    void closeWindow() {
        runFx(() -> {
            window.viewModel().playback().pause();
            window.stage().close();
        });
    }

    /** Runs on the FX thread and waits for it and the events it caused. */
    static void runFx(Runnable action) {
        invoke(() -> {
            action.run();
            return null;
        });
    }

    /**
     * How long one FX call or wait may take: generous, because opening the window on a loaded 2-core machine
     * takes several seconds; a test that waits that long has failed anyway.
     */
    private static final long FX_TIMEOUT_SECONDS = 45;

    /** The result of {@code callable} run on the FX thread, after the FX events already posted. */
    static <T> T invoke(Callable<T> callable) {
        // The call is queued behind every FX event already posted; the wait after it lets what it caused settle.
        try {
            T result = WaitForAsyncUtils.asyncFx(callable).get(FX_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            return result;
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new AssertionError("FX call failed", e);
        }
    }

    /** Waits (without sleeping blindly) until {@code condition}, checked on the FX thread, holds. */
    static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(FX_TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> invoke(condition));
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within " + FX_TIMEOUT_SECONDS + " s", e);
        }
    }

    MainViewModel vm() {
        return window.viewModel();
    }

    Scenario scenario() {
        return invoke(() -> vm().model().scenario());
    }

    int cursor() {
        return invoke(() -> vm().timeline().cursorProperty().get());
    }

    /** Looks up nodes of the main window. */
    NodeQuery lookup(String query) {
        return robot.from(window.scene().getRoot()).lookup(query);
    }

    TimeSeriesChart chart(String id) {
        return lookup("#" + id).queryAs(TimeSeriesChart.class);
    }

    /** Replaces a field's text as a user would (click, select all, type) and presses Enter. */
    void type(TextField field, String text) {
        robot.clickOn(field);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write(text);
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks inside a chart's plot, below its title and legend: that moves the cursor there. */
    void clickPlot(Node chart) {
        javafx.geometry.Bounds b = invoke(() -> chart.localToScreen(chart.getBoundsInLocal()));
        robot.clickOn(new javafx.geometry.Point2D(b.getMinX() + b.getWidth() * 0.5, b.getMinY() + b.getHeight() * 0.7));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks the middle of a node. */
    void click(Node node) {
        robot.clickOn(node);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
