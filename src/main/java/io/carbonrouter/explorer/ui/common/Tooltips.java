package io.carbonrouter.explorer.ui.common;

import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/** Tooltips that show soon, stay long enough to read and wrap, the same on every control. */
public final class Tooltips {

    private Tooltips() {
    }

    public static Tooltip tooltip(String text) {
        Tooltip t = new Tooltip(text);
        t.setShowDelay(Duration.millis(300));
        t.setShowDuration(Duration.seconds(20));
        t.setWrapText(true);
        t.setMaxWidth(380);
        return t;
    }
}
