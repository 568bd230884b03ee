package io.carbonrouter.explorer.ui.chart.skin;

import io.carbonrouter.explorer.ui.chart.TimePlotControl;
import io.carbonrouter.explorer.ui.chart.TimeWindow;
import javafx.event.EventHandler;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

import java.util.Optional;

/**
 * The time-axis gestures every plot shares: the wheel zooms around the mouse, a secondary-button or shift drag
 * pans, a double click shows everything again. Primary presses and drags, and hovering, go to the plot.
 */
final class PlotGestures {

    /** What a plot does with the gestures that are its own. */
    interface Target {
        /** The frame of the last paint, empty before the first. */
        Optional<PlotFrame> frame();

        int steps();

        /** A primary press at {@code (x, y)} on the plot (canvas coordinates). */
        void press(double x, double y, PlotFrame f);

        void drag(double x, double y, PlotFrame f);

        void release(double x, double y, PlotFrame f);

        /** The mouse moved to {@code (x, y)}; an empty frame or a point off the plot means no hover. */
        void hover(double x, double y);
    }

    /** Zoom factor per wheel notch. */
    private static final double ZOOM_PER_NOTCH = 0.8;

    private final TimePlotControl control;
    private final Node canvas;
    private final Target target;
    private TimeWindow panStart;
    private double panStartX;
    private boolean primaryGesture;

    private final EventHandler<MouseEvent> onPress = this::pressed;
    private final EventHandler<MouseEvent> onDrag = this::dragged;
    private final EventHandler<MouseEvent> onRelease = this::released;
    private final EventHandler<MouseEvent> onMove = e -> hover(local(e));
    private final EventHandler<MouseEvent> onExit = this::exited;
    private final EventHandler<MouseEvent> onClick = this::clicked;
    private final EventHandler<ScrollEvent> onScroll = this::scrolled;

    /** Gestures on {@code control} for {@code target}, which measures in the coordinates of {@code canvas}. */
    PlotGestures(TimePlotControl control, Node canvas, Target target) {
        this.control = control;
        this.canvas = canvas;
        this.target = target;
        control.addEventHandler(MouseEvent.MOUSE_PRESSED, onPress);
        control.addEventHandler(MouseEvent.MOUSE_DRAGGED, onDrag);
        control.addEventHandler(MouseEvent.MOUSE_RELEASED, onRelease);
        control.addEventHandler(MouseEvent.MOUSE_MOVED, onMove);
        control.addEventHandler(MouseEvent.MOUSE_EXITED, onExit);
        control.addEventHandler(MouseEvent.MOUSE_CLICKED, onClick);
        control.addEventHandler(ScrollEvent.SCROLL, onScroll);
    }

    void dispose() {
        control.removeEventHandler(MouseEvent.MOUSE_PRESSED, onPress);
        control.removeEventHandler(MouseEvent.MOUSE_DRAGGED, onDrag);
        control.removeEventHandler(MouseEvent.MOUSE_RELEASED, onRelease);
        control.removeEventHandler(MouseEvent.MOUSE_MOVED, onMove);
        control.removeEventHandler(MouseEvent.MOUSE_EXITED, onExit);
        control.removeEventHandler(MouseEvent.MOUSE_CLICKED, onClick);
        control.removeEventHandler(ScrollEvent.SCROLL, onScroll);
    }

    private void pressed(MouseEvent e) {
        Optional<PlotFrame> frame = target.frame();
        if (frame.isEmpty() || target.steps() == 0) {
            return;
        }
        Point2D p = local(e);
        if (e.getButton() == MouseButton.SECONDARY || e.getButton() == MouseButton.PRIMARY && e.isShiftDown()) {
            panStart = control.window(target.steps());
            panStartX = p.getX();
        } else if (e.getButton() == MouseButton.PRIMARY && frame.get().contains(p.getX(), p.getY())) {
            primaryGesture = true;
            target.press(p.getX(), p.getY(), frame.get());
        }
    }

    private void dragged(MouseEvent e) {
        Optional<PlotFrame> frame = target.frame();
        if (frame.isEmpty()) {
            return;
        }
        Point2D p = local(e);
        if (panStart != null) {
            int delta = (int) Math.round((panStartX - p.getX()) / frame.get().pxPerStep());
            control.showWindow(panStart.pan(delta, target.steps()), target.steps());
        } else if (primaryGesture) {
            target.drag(p.getX(), p.getY(), frame.get());
        }
        hover(p);
    }

    private void released(MouseEvent e) {
        if (primaryGesture && target.frame().isPresent()) {
            Point2D p = local(e);
            target.release(p.getX(), p.getY(), target.frame().get());
        }
        primaryGesture = false;
        panStart = null;
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
            double x = canvas.parentToLocal(e.getX(), e.getY()).getX();
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

    private void exited(MouseEvent e) {
        target.hover(Double.NaN, Double.NaN);
    }

    private void hover(Point2D p) {
        target.hover(p.getX(), p.getY());
    }

    /** The event's point in canvas coordinates; the canvas is a child of the control the event arrives at. */
    private Point2D local(MouseEvent e) {
        return canvas.parentToLocal(e.getX(), e.getY());
    }
}
