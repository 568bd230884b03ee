package io.carbonrouter.explorer.ui.common;

import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;

/**
 * The high-contrast theme for projectors: a stylesheet laid over the app's. It is CSS only: it overrides the
 * looked-up colours of explorer.css and the plots' styleable properties, series colours included.
 */
public final class Theme {

    /** fxml/io/carbonrouter/explorer/ui/high-contrast.css */
    public static final String HIGH_CONTRAST = Theme.class.getResource("/io/carbonrouter/explorer/ui/high-contrast.css")
            .toExternalForm();

    private Theme() {
    }

    /** Lays the high-contrast stylesheet over the scene's, or takes it off. */
    public static void apply(Scene scene, boolean highContrast) {
        scene.getStylesheets().remove(HIGH_CONTRAST);
        if (highContrast) {
            scene.getStylesheets().add(HIGH_CONTRAST);
        }
    }

    /** Applies {@code highContrast} to the scene now and whenever it changes, for windows open at a switch. */
    public static void follow(Scene scene, ObservableValue<Boolean> highContrast) {
        apply(scene, Boolean.TRUE.equals(highContrast.getValue()));
        highContrast.addListener((obs, was, on) -> apply(scene, Boolean.TRUE.equals(on)));
    }
}
