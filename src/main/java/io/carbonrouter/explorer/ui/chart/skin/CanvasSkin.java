package io.carbonrouter.explorer.ui.chart.skin;

import io.carbonrouter.explorer.ui.chart.PlotControl;
import javafx.beans.Observable;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.SkinBase;

import java.util.List;

/**
 * What every plot skin shares, the time charts', the curve editor's and the scatter's: a picture canvas repainted
 * when the style (series colours included) or one of the skin's inputs changes, an overlay canvas for what follows
 * the mouse, and the sizes.
 */
abstract class CanvasSkin<C extends PlotControl> extends SkinBase<C> {

    /** A plot's preferred and least size in pixels, inside its padding. */
    record Sizes(double prefWidth, double prefHeight, double minWidth, double minHeight) {
    }

    protected final PlotCanvases canvases;
    protected final TextMetrics metrics = new TextMetrics();
    private final Sizes sizes;

    /** @param pictureInputs what the picture depends on besides the control's style */
    protected CanvasSkin(C control, List<Observable> pictureInputs, Sizes sizes) {
        super(control);
        this.sizes = sizes;
        canvases = new PlotCanvases(control);
        getChildren().addAll(canvases.picture(), canvases.overlay());
        control.styleDependencies().forEach(o -> registerInvalidationListener(o, x -> canvases.invalidatePicture()));
        pictureInputs.forEach(o -> registerInvalidationListener(o, x -> canvases.invalidatePicture()));
    }

    protected abstract void paintPicture(Canvas canvas, double w, double h);

    protected abstract void paintOverlay(Canvas canvas, double w, double h);

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        canvases.layout(x, y, w, h, this::paintPicture, this::paintOverlay);
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return sizes.prefWidth() + left + right;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return sizes.prefHeight() + top + bottom;
    }

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return sizes.minWidth() + left + right;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return sizes.minHeight() + top + bottom;
    }
}
