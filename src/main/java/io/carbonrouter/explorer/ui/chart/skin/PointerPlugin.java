package io.carbonrouter.explorer.ui.chart.skin;

import io.carbonrouter.explorer.ui.chart.TimePlotControl;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

import java.util.Optional;

/**
 * The plot's own pointer gestures: a primary press, drag and release on the plot (not a shift drag, which pans)
 * and the hover go to the plot's {@link PlotGestures.Target}.
 */
final class PointerPlugin extends PlotGestures {

    private boolean primaryGesture;

    PointerPlugin(TimePlotControl control, Node canvas, Target target) {
        super(control, canvas, target);
        on(MouseEvent.MOUSE_PRESSED, this::pressed);
        on(MouseEvent.MOUSE_DRAGGED, this::dragged);
        on(MouseEvent.MOUSE_RELEASED, this::released);
        on(MouseEvent.MOUSE_MOVED, e -> hover(local(e)));
        on(MouseEvent.MOUSE_EXITED, e -> target.hover(Double.NaN, Double.NaN));
    }

    private void pressed(MouseEvent e) {
        Optional<PlotFrame> frame = target.frame();
        if (frame.isEmpty() || target.steps() == 0 || e.getButton() != MouseButton.PRIMARY || e.isShiftDown()) {
            return;
        }
        Point2D p = local(e);
        if (frame.get().contains(p.getX(), p.getY())) {
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
        if (primaryGesture) {
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
    }

    private void hover(Point2D p) {
        target.hover(p.getX(), p.getY());
    }
}
