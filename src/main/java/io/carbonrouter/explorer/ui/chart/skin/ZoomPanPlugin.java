package io.carbonrouter.explorer.ui.chart.skin;

import io.carbonrouter.explorer.ui.chart.TimePlotControl;
import io.carbonrouter.explorer.ui.chart.TimeWindow;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

import java.util.Optional;

/**
 * The time-axis gestures every plot shares: Ctrl+wheel zooms around the mouse, a sideways wheel, a secondary-button
 * or a shift drag pans, a double click shows everything again.
 */
final class ZoomPanPlugin extends PlotGestures {

    /** Zoom factor per wheel notch. */
    private static final double ZOOM_PER_NOTCH = 0.8;

    private TimeWindow panStart;
    private double panStartX;

    ZoomPanPlugin(TimePlotControl control, Node canvas, Target target) {
        super(control, canvas, target);
        on(MouseEvent.MOUSE_PRESSED, this::pressed);
        on(MouseEvent.MOUSE_DRAGGED, this::dragged);
        on(MouseEvent.MOUSE_RELEASED, e -> panStart = null);
        on(MouseEvent.MOUSE_CLICKED, this::clicked);
        on(ScrollEvent.SCROLL, this::scrolled);
    }

    private void pressed(MouseEvent e) {
        if (target.frame().isEmpty() || target.steps() == 0) {
            return;
        }
        if (e.getButton() == MouseButton.SECONDARY || e.getButton() == MouseButton.PRIMARY && e.isShiftDown()) {
            panStart = control.window(target.steps());
            panStartX = local(e).getX();
        }
    }

    private void dragged(MouseEvent e) {
        Optional<PlotFrame> frame = target.frame();
        if (frame.isEmpty() || panStart == null) {
            return;
        }
        Point2D p = local(e);
        int delta = (int) Math.round((panStartX - p.getX()) / frame.get().pxPerStep());
        control.showWindow(panStart.pan(delta, target.steps()), target.steps());
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && e.isStillSincePress()) {
            control.resetZoom();
        }
    }

    private void scrolled(ScrollEvent e) {
        Optional<PlotFrame> frame = target.frame();
        int steps = target.steps();
        if (frame.isEmpty() || steps == 0 || e.getDeltaX() == 0 && e.getDeltaY() == 0) {
            return;
        }
        PlotFrame f = frame.get();
        TimeWindow window = control.window(steps);
        TimeWindow next;
        if (Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY())) {
            int delta = (int) Math.round(-e.getDeltaX() / f.pxPerStep());
            next = window.pan(delta, steps);
        } else if (!e.isShortcutDown()) {
            // The plain wheel belongs to the pane around the plot (the results scroll); Ctrl+wheel zooms.
            return;
        } else {
            double notches = e.getDeltaY() / (e.getMultiplierY() > 0 ? e.getMultiplierY() : 40);
            double x = local(e.getX(), e.getY()).getX();
            double anchor = Math.max(f.from() - 0.5, Math.min(f.to() - 0.5, f.position(x)));
            next = window.zoom(anchor, Math.pow(ZOOM_PER_NOTCH, notches), steps);
        }
        if (next.equals(window)) {
            // Nothing to zoom or pan (zoomed out to the whole run, say): the wheel scrolls the pane around the
            // plot instead, so a stack of charts can still be scrolled with the mouse over one of them.
            return;
        }
        control.showWindow(next, steps);
        e.consume();
    }

}
