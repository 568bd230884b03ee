package io.carbonrouter.explorer.ui.chart;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** Measures text the way the canvas draws it. */
final class TextMetrics {

    private final Text probe = new Text();

    double width(String text, Font font) {
        probe.setFont(font);
        probe.setText(text);
        return Math.ceil(probe.getLayoutBounds().getWidth());
    }
}
