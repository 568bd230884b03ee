package io.carbonrouter.explorer.ui.chart;

import javafx.beans.Observable;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the charts and the curve editor share beyond {@link PlotControl}: a time axis with labels, a zoom window
 * and a cursor that several controls can bind to the same properties. Their hover text is the time label, then
 * {@code name=value} for each series.
 */
public abstract class TimePlotControl extends PlotControl {

    private final ObjectProperty<TimeLabels> timeLabels = new SimpleObjectProperty<>(this, "timeLabels",
            TimeLabels.steps());
    private final IntegerProperty cursor = new SimpleIntegerProperty(this, "cursorStep", -1);
    private final IntegerProperty visibleFrom = new SimpleIntegerProperty(this, "visibleFrom", 0);
    private final IntegerProperty visibleTo = new SimpleIntegerProperty(this, "visibleTo", TimeWindow.END);
    private final DoubleProperty leftGutter = new SimpleDoubleProperty(this, "leftGutter", 0);
    private final DoubleProperty rightGutter = new SimpleDoubleProperty(this, "rightGutter", 0);

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

    /** The least width of the left axis labels in pixels: give stacked charts one value to align their plots. */
    public final DoubleProperty leftGutterProperty() {
        return leftGutter;
    }

    /** The least width of the right axis labels (or margin) in pixels. */
    public final DoubleProperty rightGutterProperty() {
        return rightGutter;
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

    /** The properties whose change means a redraw: the style, the time labels, the window and the gutters. */
    @Override
    public List<Observable> styleDependencies() {
        List<Observable> all = new ArrayList<>(super.styleDependencies());
        all.addAll(List.of(timeLabels, visibleFrom, visibleTo, leftGutter, rightGutter));
        return all;
    }
}
