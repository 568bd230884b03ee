package io.carbonrouter.explorer.ui.chart;

import javafx.beans.Observable;
import javafx.scene.canvas.Canvas;
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

    protected abstract void paintOverlay(Canvas canvas, double w, double h);

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
    Optional<ChartGeometry> geometry() {
        return Optional.ofNullable(geometry);
    }

    @Override
    public Optional<PlotFrame> frame() {
        return geometry().map(ChartGeometry::frame);
    }
}
