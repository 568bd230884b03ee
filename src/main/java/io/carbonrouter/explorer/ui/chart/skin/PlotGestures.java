package io.carbonrouter.explorer.ui.chart.skin;

import io.carbonrouter.explorer.ui.chart.TimePlotControl;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.event.EventType;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.MouseEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A gesture plugin: it listens on a plot control and acts on the control's time window or on the plot's
 * {@link Target}; disposing it removes its handlers. A plot skin holds a list of them
 * ({@link PlotSkin#plugins()}): {@link ZoomPanPlugin} and {@link PointerPlugin} by default.
 */
abstract class PlotGestures {

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

    protected final TimePlotControl control;
    protected final Target target;
    private final Node canvas;
    private final List<Runnable> removals = new ArrayList<>();

    /** Gestures on {@code control} for {@code target}, which measures in the coordinates of {@code canvas}. */
    protected PlotGestures(TimePlotControl control, Node canvas, Target target) {
        this.control = control;
        this.canvas = canvas;
        this.target = target;
    }

    /** Listens for {@code type} on the control until {@link #dispose()}. */
    protected final <T extends Event> void on(EventType<T> type, EventHandler<? super T> handler) {
        control.addEventHandler(type, handler);
        removals.add(() -> control.removeEventHandler(type, handler));
    }

    final void dispose() {
        removals.forEach(Runnable::run);
        removals.clear();
    }

    /** The event's point in canvas coordinates; the canvas is a child of the control the event arrives at. */
    protected final Point2D local(MouseEvent e) {
        return canvas.parentToLocal(e.getX(), e.getY());
    }

    /** A point of the control in canvas coordinates. */
    protected final Point2D local(double x, double y) {
        return canvas.parentToLocal(x, y);
    }
}
