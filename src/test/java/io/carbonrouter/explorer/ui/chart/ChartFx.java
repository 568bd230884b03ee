package io.carbonrouter.explorer.ui.chart;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Control;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.Callable;

/** Helpers for the TestFX tests: run on the FX thread, and find a plot point on the screen. */
public final class ChartFx {

    private ChartFx() {
    }

    /** The result of {@code callable}, run on the FX thread after pending events. */
    public static <T> T call(Callable<T> callable) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(callable).get();
    }

    /** The screen point of the canvas point {@code (x, y)} of a chart or curve editor (its first child). */
    public static Point2D screen(Control control, double x, double y) throws Exception {
        return call(() -> ((Node) control.getChildrenUnmodifiable().get(0)).localToScreen(x, y));
    }
}
