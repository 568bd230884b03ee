package io.carbonrouter.explorer.ui.common;

import javafx.scene.Scene;

/** The high-contrast theme for projectors: a stylesheet laid over the app's, colours only. */
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
}
