package io.carbonrouter.explorer.ui.chart;

import io.carbonrouter.explorer.ui.chart.skin.ScatterPlotSkin;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Point2D;
import javafx.scene.control.Skin;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A scatter plot drawn on a canvas, for up to tens of thousands of points: series in colours with a legend,
 * a reference curve, a vertical marker, labels beside the points when there are few. Hovering a point shows
 * its label and values (the hover text); clicking one selects it and tells {@link #onPointClickedProperty()}. It
 * shares {@link PlotControl}'s style, and its skin the plots' canvases and hover box.
 */
public final class ScatterPlot extends PlotControl {

    /** A point by its series and its index in that series. */
    public record Hit(int series, int index) {
    }

    private final String title;
    private final ObjectProperty<ScatterData> data = new SimpleObjectProperty<>(this, "data", ScatterData.empty());
    private final ObjectProperty<Hit> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<Consumer<Hit>> onPointClicked = new SimpleObjectProperty<>(this, "onPointClicked");
    private final StringProperty placeholder = new SimpleStringProperty(this, "placeholder", "No data");

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

    /** Where a point is drawn, in this control's coordinates; empty before it is painted. */
    public Optional<Point2D> positionOf(Hit hit) {
        return getSkin() instanceof ScatterPlotSkin skin ? skin.positionOf(hit) : Optional.empty();
    }

    /** A click on a point: selects it and tells the listener. */
    public void click(Hit hit) {
        selected.set(hit);
        Consumer<Hit> listener = onPointClicked.get();
        if (listener != null) {
            listener.accept(hit);
        }
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new ScatterPlotSkin(this);
    }
}
