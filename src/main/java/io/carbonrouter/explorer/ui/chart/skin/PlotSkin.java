package io.carbonrouter.explorer.ui.chart.skin;

import io.carbonrouter.explorer.ui.chart.ChartStyle;
import io.carbonrouter.explorer.ui.chart.TimePlotControl;
import javafx.beans.Observable;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;

import java.util.List;
import java.util.Optional;

/**
 * What the time chart and the curve editor skins add to {@link CanvasSkin}: the gesture plugins, the cursor and
 * hover on the overlay, and the geometry of the last paint.
 */
abstract class PlotSkin<C extends TimePlotControl> extends CanvasSkin<C> implements PlotGestures.Target {

    protected ChartGeometry geometry;
    protected Hover hover;
    /** The plot's gesture plugins, in the order they see an event. */
    private final List<PlotGestures> plugins;

    /**
     * @param pictureInputs what the picture depends on (besides the control's style)
     * @param prefHeight    preferred plot height in pixels
     */
    protected PlotSkin(C control, List<Observable> pictureInputs, double prefHeight) {
        super(control, pictureInputs, new Sizes(480, prefHeight, 160, 100));
        registerInvalidationListener(control.cursorStepProperty(), x -> canvases.invalidateOverlay());
        plugins = List.of(new ZoomPanPlugin(control, canvases.picture(), this),
                new PointerPlugin(control, canvases.picture(), this));
    }

    /** The overlay: the cursor, then the control's own marks, the hover box, and marks that go above it. */
    @Override
    protected final void paintOverlay(Canvas canvas, double w, double h) {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, w, h);
        if (geometry == null) {
            return;
        }
        ChartStyle style = getSkinnable().chartStyle();
        PlotFrame f = geometry.frame();
        AxisPainter.cursor(gc, f, getSkinnable().getCursorStep(), style);
        paintBelowHover(gc, f);
        if (hover != null) {
            HoverPainter.paint(gc, w, h, f, hover, style, metrics);
        }
        paintAboveHover(gc, f);
    }

    /** Marks drawn under the hover box; none by default. */
    protected void paintBelowHover(GraphicsContext gc, PlotFrame f) {
    }

    /** Marks drawn over the hover box; none by default. */
    protected void paintAboveHover(GraphicsContext gc, PlotFrame f) {
    }

    @Override
    public void dispose() {
        plugins.forEach(PlotGestures::dispose);
        super.dispose();
    }

    /** The plot's gesture plugins: time-axis zoom and pan, then its own pointer gestures. */
    List<PlotGestures> plugins() {
        return plugins;
    }

    /** The geometry of the last paint, for tests that click on a step. */
    public Optional<ChartGeometry> geometry() {
        return Optional.ofNullable(geometry);
    }

    @Override
    public Optional<PlotFrame> frame() {
        return geometry().map(ChartGeometry::frame);
    }
}
