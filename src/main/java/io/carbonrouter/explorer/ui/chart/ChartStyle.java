package io.carbonrouter.explorer.ui.chart;

import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/** The colours and fonts a plot is painted with, as its stylesheet resolved them, series colours included. */
public record ChartStyle(double fontSize, Color text, Color muted, Color grid, Color axis, Color cursor,
                         ChartPalette palette) {

    public Font font() {
        return Font.font("System", FontWeight.NORMAL, fontSize);
    }

    public Font bold() {
        return Font.font("System", FontWeight.BOLD, fontSize + 0.5);
    }

    /** The height of a line of text, with a little leading. */
    public double lineHeight() {
        return Math.ceil(fontSize * 1.45);
    }

    /** The colour a series, band or line of this role and index is painted in. */
    public Color color(SeriesColor c) {
        return palette.color(c);
    }
}
