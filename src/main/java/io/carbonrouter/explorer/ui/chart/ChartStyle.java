package io.carbonrouter.explorer.ui.chart;

import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

import java.util.EnumMap;
import java.util.Map;

/**
 * The colours and fonts a plot is painted with, as its stylesheet resolved them: series colours, and the chrome
 * around the data ({@link ChromeColor}; one the stylesheet left out is grey, as an unset series colour is).
 */
public record ChartStyle(double fontSize, Color text, Color muted, Color grid, Color axis, Color cursor,
                         ChartPalette palette, Map<ChromeColor, Color> chrome, double hoverBorderWidth) {

    public ChartStyle {
        EnumMap<ChromeColor, Color> all = new EnumMap<>(ChromeColor.class);
        for (ChromeColor c : ChromeColor.values()) {
            all.put(c, chrome.getOrDefault(c, ChartPalette.UNSET));
        }
        chrome = Map.copyOf(all);
    }

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

    /** The colour of a piece of chrome. */
    public Color color(ChromeColor c) {
        return chrome.get(c);
    }

    /** {@code c} with its opacity replaced (not scaled, as {@code deriveColor} would). */
    public static Color withOpacity(Color c, double opacity) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), opacity);
    }
}
