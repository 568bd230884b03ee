package io.carbonrouter.explorer.ui.chart.skin;

import io.carbonrouter.explorer.ui.chart.ChartStyle;
import io.carbonrouter.explorer.ui.chart.TimePlotControl;
import javafx.beans.Observable;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.SkinBase;

import java.util.List;
import java.util.Optional;

/**
 * What the chart and the curve editor skins share: a picture canvas repainted when one of its inputs changes,
 * an overlay for the cursor and hover, mouse gestures, sizes, and the geometry of the last paint.
 */
abstract class PlotSkin<C extends TimePlotControl> extends SkinBase<C> implements PlotGestures.Target {

    protected final PlotCanvases canvases;
    protected final TextMetrics metrics = new TextMetrics();
    protected ChartGeometry geometry;
    protected Hover hover;
    private final PlotGestures gestures;
    private final double prefHeight;

    /**
     * @param pictureInputs what the picture depends on (besides the control's style)
     * @param prefHeight    preferred plot height in pixels
     */
    protected PlotSkin(C control, List<Observable> pictureInputs, double prefHeight) {
        super(control);
        this.prefHeight = prefHeight;
        canvases = new PlotCanvases(control);
        getChildren().addAll(canvases.picture(), canvases.overlay());
        control.styleDependencies().forEach(o -> registerInvalidationListener(o, x -> canvases.invalidatePicture()));
        pictureInputs.forEach(o -> registerInvalidationListener(o, x -> canvases.invalidatePicture()));
        registerInvalidationListener(control.cursorStepProperty(), x -> canvases.invalidateOverlay());
        gestures = new PlotGestures(control, canvases.picture(), this);
    }

    protected abstract void paintPicture(Canvas canvas, double w, double h);

    /** The overlay: the cursor, then the control's own marks, the hover box, and marks that go above it. */
    private void paintOverlay(Canvas canvas, double w, double h) {
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
        gestures.dispose();
        super.dispose();
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        canvases.layout(x, y, w, h, this::paintPicture, this::paintOverlay);
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return 480 + left + right;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return prefHeight + top + bottom;
    }

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return 160 + left + right;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return 100 + top + bottom;
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
