package io.carbonrouter.explorer.ui.chart;

import io.carbonrouter.explorer.ui.chart.skin.ScatterPlotSkin;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.geometry.Point2D;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.paint.Color;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A scatter plot drawn on a canvas, for up to tens of thousands of points: series in colours with a legend,
 * a reference curve, a vertical marker, labels beside the points when there are few. Hovering a point shows
 * its label and values; clicking one selects it and tells {@link #onPointClickedProperty()}.
 */
public final class ScatterPlot extends Control {

    /** A point by its series and its index in that series. */
    public record Hit(int series, int index) {
    }

    private static final StyleablePropertyFactory<ScatterPlot> STYLE =
            new StyleablePropertyFactory<>(Control.getClassCssMetaData());

    private final String title;
    private final ObjectProperty<ScatterData> data = new SimpleObjectProperty<>(this, "data", ScatterData.empty());
    private final ObjectProperty<Hit> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<Consumer<Hit>> onPointClicked = new SimpleObjectProperty<>(this, "onPointClicked");
    private final ReadOnlyStringWrapper hoverText = new ReadOnlyStringWrapper(this, "hoverText", "");
    private final StringProperty placeholder = new SimpleStringProperty(this, "placeholder", "No data");
    private final StyleableProperty<Number> fontSize = STYLE.createStyleableNumberProperty(
            this, "fontSize", "-chart-font-size", c -> c.fontSize, 11.5);

    public ScatterPlot(String title) {
        this.title = Objects.requireNonNull(title, "title");
        getStyleClass().add("scatter-plot");
        setAccessibleText(title);
    }

    public String getTitle() {
        return title;
    }

    /** What the plot shows; null counts as {@link ScatterData#empty()}. */
    public ObjectProperty<ScatterData> dataProperty() {
        return data;
    }

    public ScatterData getData() {
        return Objects.requireNonNullElse(data.get(), ScatterData.empty());
    }

    public void setData(ScatterData value) {
        data.set(value);
    }

    /** What the empty plot says, such as how to fill it. */
    public StringProperty placeholderProperty() {
        return placeholder;
    }

    /** The point ringed as chosen; null for none. A click sets it. */
    public ObjectProperty<Hit> selectedProperty() {
        return selected;
    }

    /** Told which point a click chose. */
    public ObjectProperty<Consumer<Hit>> onPointClickedProperty() {
        return onPointClicked;
    }

    /** The hovered point's label and values, empty when the mouse is over none. */
    public ReadOnlyStringProperty hoverTextProperty() {
        return hoverText.getReadOnlyProperty();
    }

    /** Where a point is drawn, in this control's coordinates; empty before it is painted. */
    public Optional<Point2D> positionOf(Hit hit) {
        return getSkin() instanceof ScatterPlotSkin skin ? skin.positionOf(hit) : Optional.empty();
    }

    public void setHoverText(String text) {
        hoverText.set(text);
    }

    /** A click on a point: selects it and tells the listener. */
    public void click(Hit hit) {
        selected.set(hit);
        Consumer<Hit> listener = onPointClicked.get();
        if (listener != null) {
            listener.accept(hit);
        }
    }

    public ChartStyle chartStyle() {
        return new ChartStyle(fontSize.getValue().doubleValue(), Color.web("#2b2b2b"), Color.web("#5f5f5f"),
                Color.web("#ebebeb"), Color.web("#a0a0a0"), Color.web("#c62828"));
    }

    /** The font size as an observable, to repaint when the stylesheet changes it. */
    public Observable fontSizeObservable() {
        // The factory's properties are StyleableObjectProperty underneath, so observable.
        return (Observable) fontSize;
    }

    @Override
    public String getUserAgentStylesheet() {
        return Objects.requireNonNull(ScatterPlot.class.getResource("timeseries-chart.css"),
                "timeseries-chart.css").toExternalForm();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return STYLE.getCssMetaData();
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new ScatterPlotSkin(this);
    }
}
