package io.carbonrouter.explorer.ui.common;

import javafx.scene.Parent;

/** The style class that switches a window to presentation mode (larger text; see explorer.css). */
public final class Presentation {

    private static final String PRESENTATION = "presentation";

    private Presentation() {
    }

    /** Marks a window's root for the presentation styles, or clears the mark. */
    public static void mark(Parent root, boolean on) {
        if (on && !root.getStyleClass().contains(PRESENTATION)) {
            root.getStyleClass().add(PRESENTATION);
        } else if (!on) {
            root.getStyleClass().remove(PRESENTATION);
        }
    }
}
