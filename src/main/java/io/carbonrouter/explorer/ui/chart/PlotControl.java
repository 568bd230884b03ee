package io.carbonrouter.explorer.ui.chart;

import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.control.Control;
import javafx.scene.paint.Color;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What every plot shares, time charts, the curve editor and the scatter: hover text, and the colours (series
 * colours and the chrome around the data included) and font its stylesheet sets. Nothing a plot paints in comes
 * from code; a theme is a stylesheet.
 */
public abstract class PlotControl extends Control {

    private static final StyleablePropertyFactory<PlotControl> STYLE =
            new StyleablePropertyFactory<>(Control.getClassCssMetaData());
    private static final Map<SeriesColor.Role, List<CssMetaData<PlotControl, Color>>> PALETTE_CSS =
            PaletteProperties.cssMetaData(c -> c.palette);
    private static final List<CssMetaData<? extends Styleable, ?>> CSS;
    private static final CssMetaData<PlotControl, Color> TEXT_FILL =
            STYLE.createColorCssMetaData("-chart-text-fill", c -> c.textFill, Color.web("#2b2b2b"));
    private static final CssMetaData<PlotControl, Color> MUTED_TEXT_FILL =
            STYLE.createColorCssMetaData("-chart-muted-text-fill", c -> c.mutedTextFill, Color.web("#666666"));
    private static final CssMetaData<PlotControl, Color> GRID_COLOR =
            STYLE.createColorCssMetaData("-chart-grid-color", c -> c.gridColor, Color.web("#e8e8e8"));
    private static final CssMetaData<PlotControl, Color> AXIS_COLOR =
            STYLE.createColorCssMetaData("-chart-axis-color", c -> c.axisColor, Color.web("#9e9e9e"));
    private static final CssMetaData<PlotControl, Color> CURSOR_COLOR =
            STYLE.createColorCssMetaData("-chart-cursor-color", c -> c.cursorColor, Color.web("#c62828"));
    private static final CssMetaData<PlotControl, Number> FONT_SIZE =
            STYLE.createSizeCssMetaData("-chart-font-size", c -> c.fontSize, 11.5);
    private static final CssMetaData<PlotControl, Number> HOVER_BORDER_WIDTH =
            STYLE.createSizeCssMetaData("-chart-hover-border-width", c -> c.hoverBorderWidth, 1.0);
    /** One property per colour: JavaFX's parser keeps only the first value of a list in a custom property. */
    private static final Map<ChromeColor, CssMetaData<PlotControl, Color>> CHROME_CSS = chromeCss();

    private final ReadOnlyStringWrapper hoverText = new ReadOnlyStringWrapper(this, "hoverText", "");
    private final StyleableObjectProperty<Color> textFill = color(TEXT_FILL, "textFill");
    private final StyleableObjectProperty<Color> mutedTextFill = color(MUTED_TEXT_FILL, "mutedTextFill");
    private final StyleableObjectProperty<Color> gridColor = color(GRID_COLOR, "gridColor");
    private final StyleableObjectProperty<Color> axisColor = color(AXIS_COLOR, "axisColor");
    private final StyleableObjectProperty<Color> cursorColor = color(CURSOR_COLOR, "cursorColor");
    private final StyleableObjectProperty<Number> fontSize =
            new SimpleStyleableObjectProperty<>(FONT_SIZE, this, "fontSize", FONT_SIZE.getInitialValue(this));
    private final StyleableObjectProperty<Number> hoverBorderWidth = new SimpleStyleableObjectProperty<>(
            HOVER_BORDER_WIDTH, this, "hoverBorderWidth", HOVER_BORDER_WIDTH.getInitialValue(this));
    private final Map<ChromeColor, StyleableObjectProperty<Color>> chrome = new EnumMap<>(ChromeColor.class);
    private final PaletteProperties palette = new PaletteProperties(this, PALETTE_CSS);

    static {
        // Built here, after the metadata above: the factory's list holds what it has created so far.
        List<CssMetaData<? extends Styleable, ?>> css = new ArrayList<>(STYLE.getCssMetaData());
        css.addAll(PaletteProperties.flat(PALETTE_CSS));
        CSS = List.copyOf(css);
    }

    PlotControl() {
        CHROME_CSS.forEach((c, css) -> chrome.put(c, new SimpleStyleableObjectProperty<>(css, this,
                c.name().toLowerCase(Locale.ROOT), null)));
    }

    /** The chrome colours' metadata; they have no initial value, timeseries-chart.css sets them all. */
    private static Map<ChromeColor, CssMetaData<PlotControl, Color>> chromeCss() {
        Map<ChromeColor, CssMetaData<PlotControl, Color>> css = new EnumMap<>(ChromeColor.class);
        for (ChromeColor c : ChromeColor.values()) {
            css.put(c, STYLE.createColorCssMetaData(c.cssProperty(), p -> p.chrome.get(c), null, false));
        }
        return Collections.unmodifiableMap(css);
    }

    private StyleableObjectProperty<Color> color(CssMetaData<PlotControl, Color> css, String name) {
        return new SimpleStyleableObjectProperty<>(css, this, name, css.getInitialValue(this));
    }

    /** What the mouse points at, as text; empty when it points at nothing. */
    public final ReadOnlyStringProperty hoverTextProperty() {
        return hoverText.getReadOnlyProperty();
    }

    public final String getHoverText() {
        return hoverText.get();
    }

    public final void setHoverText(String text) {
        hoverText.set(text);
    }

    /** The colours and font the stylesheets resolved, series colours included. */
    public final ChartStyle chartStyle() {
        Map<ChromeColor, Color> chromeColors = new EnumMap<>(ChromeColor.class);
        chrome.forEach((c, p) -> {
            if (p.get() != null) {
                chromeColors.put(c, p.get());
            }
        });
        return new ChartStyle(fontSize.get().doubleValue(), textFill.get(), mutedTextFill.get(), gridColor.get(),
                axisColor.get(), cursorColor.get(), palette.resolved(), chromeColors,
                hoverBorderWidth.get().doubleValue());
    }

    /** The properties whose change means a redraw: the styled ones here, plus what a subclass adds. */
    public List<Observable> styleDependencies() {
        List<Observable> all = new ArrayList<>(List.of(textFill, mutedTextFill, gridColor, axisColor, cursorColor,
                fontSize, hoverBorderWidth));
        all.addAll(chrome.values());
        all.addAll(palette.observables());
        return all;
    }

    @Override
    public String getUserAgentStylesheet() {
        return stylesheet();
    }

    /** The plots' user-agent stylesheet: their default colours, the series palette included. */
    static String stylesheet() {
        return Objects.requireNonNull(PlotControl.class.getResource("timeseries-chart.css"),
                "timeseries-chart.css").toExternalForm();
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return CSS;
    }
}
