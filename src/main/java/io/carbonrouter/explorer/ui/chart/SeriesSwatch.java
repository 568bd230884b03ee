package io.carbonrouter.explorer.ui.chart;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.geometry.Insets;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A small square in a series colour, for tables and lists beside the plots (a flavour's row, a strategy's), so
 * they show the colours the plots' stylesheet gives, theme included.
 */
public final class SeriesSwatch extends Region {

    private static final Map<SeriesColor.Role, List<CssMetaData<SeriesSwatch, Color>>> PALETTE_CSS =
            PaletteProperties.cssMetaData(s -> s.palette);
    private static final List<CssMetaData<? extends Styleable, ?>> CSS;

    static {
        List<CssMetaData<? extends Styleable, ?>> css = new ArrayList<>(Region.getClassCssMetaData());
        css.addAll(PaletteProperties.flat(PALETTE_CSS));
        CSS = List.copyOf(css);
    }

    private final PaletteProperties palette = new PaletteProperties(this, PALETTE_CSS);
    private final ObjectProperty<SeriesColor> seriesColor = new SimpleObjectProperty<>(this, "seriesColor");

    public SeriesSwatch(SeriesColor color, double size) {
        getStyleClass().add("series-swatch");
        setMinSize(size, size);
        setPrefSize(size, size);
        setMaxSize(size, size);
        seriesColor.set(color);
        seriesColor.addListener(o -> fill());
        palette.observables().forEach(o -> o.addListener(x -> fill()));
        fill();
    }

    /** What the swatch stands for; null leaves it empty. */
    public ObjectProperty<SeriesColor> seriesColorProperty() {
        return seriesColor;
    }

    /** The colour the swatch shows, as the stylesheets resolved it. */
    public Color color() {
        SeriesColor c = seriesColor.get();
        return c == null ? Color.TRANSPARENT : palette.resolved().color(c);
    }

    private void fill() {
        setBackground(new Background(new BackgroundFill(color(), new CornerRadii(2), Insets.EMPTY)));
    }

    @Override
    public String getUserAgentStylesheet() {
        return PlotControl.stylesheet();
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS;
    }
}
