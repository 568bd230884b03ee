package io.carbonrouter.explorer.ui.chart.skin;

import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;

/**
 * A plot's two canvases: the picture, repainted when data, window or size change, and an overlay for the cursor
 * and hover marks, cheap to repaint on every mouse move. Invalidations only set flags and ask for a layout pass,
 * so a burst of them costs one repaint in the next pulse.
 */
final class PlotCanvases {

    /** Paints a canvas of the given size. */
    interface Painter {
        void paint(Canvas canvas, double width, double height);
    }

    private final Canvas picture = new Canvas();
    private final Canvas overlay = new Canvas();
    private final Region owner;
    private boolean pictureDirty = true;
    private boolean overlayDirty = true;

    PlotCanvases(Region owner) {
        this.owner = owner;
        overlay.setMouseTransparent(true);
    }

    Canvas picture() {
        return picture;
    }

    Canvas overlay() {
        return overlay;
    }

    void invalidatePicture() {
        pictureDirty = true;
        invalidateOverlay();
    }

    void invalidateOverlay() {
        overlayDirty = true;
        owner.requestLayout();
    }

    /** Called from the skin's layout pass: resizes both canvases and repaints what is out of date. */
    void layout(double x, double y, double width, double height, Painter pictureP, Painter overlayP) {
        double w = Math.max(1, Math.floor(width));
        double h = Math.max(1, Math.floor(height));
        if (picture.getWidth() != w || picture.getHeight() != h) {
            for (Canvas c : new Canvas[] {picture, overlay}) {
                c.setWidth(w);
                c.setHeight(h);
            }
            pictureDirty = true;
            overlayDirty = true;
        }
        picture.relocate(Math.round(x), Math.round(y));
        overlay.relocate(Math.round(x), Math.round(y));
        if (pictureDirty) {
            pictureDirty = false;
            pictureP.paint(picture, w, h);
        }
        if (overlayDirty) {
            overlayDirty = false;
            overlayP.paint(overlay, w, h);
        }
    }
}
