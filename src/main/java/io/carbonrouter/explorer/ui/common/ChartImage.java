package io.carbonrouter.explorer.ui.common;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.transform.Transform;
import javafx.stage.Window;

import java.awt.image.BufferedImage;

/**
 * A chart as it looks on screen, ready to be written as PNG.
 *
 * @param name what its file is called after, such as {@code weights}
 */
public record ChartImage(String name, BufferedImage image) {

    /**
     * Takes a snapshot of {@code node} on the FX thread, at the screen's pixel density so a HiDPI screen
     * gives a sharp image.
     */
    public static ChartImage of(String name, Node node) {
        Window window = node.getScene() == null ? null : node.getScene().getWindow();
        double scale = window == null ? 1 : Math.max(1, window.getOutputScaleX());
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(Transform.scale(scale, scale));
        return new ChartImage(name, SwingFXUtils.fromFXImage(node.snapshot(parameters, null), null));
    }
}
