package io.carbonrouter.explorer.ui.chart.skin;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** Measures text the way the canvas draws it. */
public final class TextMetrics {

    private final Text probe = new Text();

    public double width(String text, Font font) {
        probe.setFont(font);
        probe.setText(text);
        return Math.ceil(probe.getLayoutBounds().getWidth());
    }
}
