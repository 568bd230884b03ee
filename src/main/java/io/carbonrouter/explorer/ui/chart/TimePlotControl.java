package io.carbonrouter.explorer.ui.chart;

import javafx.beans.Observable;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.control.Control;
import javafx.scene.paint.Color;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the charts and the curve editor share: a time axis with labels, a zoom window and a cursor that several
 * controls can bind to the same properties, hover text, and the colours and font their stylesheet sets.
 */
public abstract class TimePlotControl extends Control {

    private static final StyleablePropertyFactory<TimePlotControl> STYLE =
            new StyleablePropertyFactory<>(Control.getClassCssMetaData());

    private final ObjectProperty<TimeLabels> timeLabels = new SimpleObjectProperty<>(this, "timeLabels",
            TimeLabels.steps());
    private final IntegerProperty cursor = new SimpleIntegerProperty(this, "cursorStep", -1);
    private final IntegerProperty visibleFrom = new SimpleIntegerProperty(this, "visibleFrom", 0);
    private final IntegerProperty visibleTo = new SimpleIntegerProperty(this, "visibleTo", TimeWindow.END);
    private final ReadOnlyStringWrapper hoverText = new ReadOnlyStringWrapper(this, "hoverText", "");
    private final DoubleProperty leftGutter = new SimpleDoubleProperty(this, "leftGutter", 0);
    private final DoubleProperty rightGutter = new SimpleDoubleProperty(this, "rightGutter", 0);

    private final StyleableProperty<Color> textFill = STYLE.createStyleableColorProperty(
            this, "textFill", "-chart-text-fill", c -> c.textFill, Color.web("#2b2b2b"));
    private final StyleableProperty<Color> mutedTextFill = STYLE.createStyleableColorProperty(
            this, "mutedTextFill", "-chart-muted-text-fill", c -> c.mutedTextFill, Color.web("#666666"));
    private final StyleableProperty<Color> gridColor = STYLE.createStyleableColorProperty(
            this, "gridColor", "-chart-grid-color", c -> c.gridColor, Color.web("#e8e8e8"));
    private final StyleableProperty<Color> axisColor = STYLE.createStyleableColorProperty(
            this, "axisColor", "-chart-axis-color", c -> c.axisColor, Color.web("#9e9e9e"));
    private final StyleableProperty<Color> cursorColor = STYLE.createStyleableColorProperty(
            this, "cursorColor", "-chart-cursor-color", c -> c.cursorColor, Color.web("#c62828"));
    private final StyleableProperty<Number> fontSize = STYLE.createStyleableNumberProperty(
            this, "fontSize", "-chart-font-size", c -> c.fontSize, 11.5);

    TimePlotControl() {
        setFocusTraversable(false);
    }

    /** Names the steps on the time axis and in hover text. */
    public final ObjectProperty<TimeLabels> timeLabelsProperty() {
        return timeLabels;
    }

    /** The time labels; a null property value counts as plain step numbers. */
    public final TimeLabels getTimeLabels() {
        return Objects.requireNonNullElse(timeLabels.get(), TimeLabels.steps());
    }

    public final void setTimeLabels(TimeLabels labels) {
        timeLabels.set(Objects.requireNonNull(labels, "labels"));
    }

    /**
     * The step the cursor marks, -1 for none; a click or drag on the plot moves it. (Named so because
     * {@code Node.cursorProperty()} is the mouse pointer's shape.)
     */
    public final IntegerProperty cursorStepProperty() {
        return cursor;
    }

    public final int getCursorStep() {
        return cursor.get();
    }

    public final void setCursorStep(int step) {
        cursor.set(step);
    }

    /** The first visible step. Bind it (and {@link #visibleToProperty}) across controls to share one axis. */
    public final IntegerProperty visibleFromProperty() {
        return visibleFrom;
    }

    /** The step after the last visible one; {@code Integer.MAX_VALUE} (the default) runs to the end. */
    public final IntegerProperty visibleToProperty() {
        return visibleTo;
    }

    /** Shows every step again, as a double click does. */
    public final void resetZoom() {
        visibleFrom.set(0);
        visibleTo.set(TimeWindow.END);
    }

    /** The values under the mouse: the time label, then {@code name=value} for each series; empty elsewhere. */
    public final ReadOnlyStringProperty hoverTextProperty() {
        return hoverText.getReadOnlyProperty();
    }

    public final String getHoverText() {
        return hoverText.get();
    }

    /** The least width of the left axis labels in pixels: give stacked charts one value to align their plots. */
    public final DoubleProperty leftGutterProperty() {
        return leftGutter;
    }

    /** The least width of the right axis labels (or margin) in pixels. */
    public final DoubleProperty rightGutterProperty() {
        return rightGutter;
    }

    @Override
    public String getUserAgentStylesheet() {
        return Objects.requireNonNull(TimePlotControl.class.getResource("timeseries-chart.css"),
                "timeseries-chart.css").toExternalForm();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return STYLE.getCssMetaData();
    }

    public void setHoverText(String text) {
        hoverText.set(text);
    }

    /** The zoom window on an axis of {@code steps}. */
    public TimeWindow window(int steps) {
        return TimeWindow.resolve(visibleFrom.get(), visibleTo.get(), steps);
    }

    /** Shows {@code window}; the whole range is stored as 0..END so it stays whole when the data grows. */
    public void showWindow(TimeWindow window, int steps) {
        boolean whole = window.isWhole(steps);
        visibleFrom.set(window.from());
        visibleTo.set(whole ? TimeWindow.END : window.to());
    }

    public ChartStyle chartStyle() {
        return new ChartStyle(fontSize.getValue().doubleValue(), textFill.getValue(), mutedTextFill.getValue(),
                gridColor.getValue(), axisColor.getValue(), cursorColor.getValue());
    }

    /** The properties whose change means a redraw. */
    public List<Observable> styleDependencies() {
        // The factory's properties are StyleableObjectProperty underneath, so observable.
        List<Observable> styled = List.of((Observable) textFill, (Observable) mutedTextFill,
                (Observable) gridColor, (Observable) axisColor, (Observable) cursorColor, (Observable) fontSize);
        List<Observable> all = new ArrayList<>(styled);
        all.addAll(List.of(timeLabels, visibleFrom, visibleTo, leftGutter, rightGutter));
        return all;
    }
}
