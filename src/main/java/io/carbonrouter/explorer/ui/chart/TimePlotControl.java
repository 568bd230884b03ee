package io.carbonrouter.explorer.ui.chart;

import javafx.beans.Observable;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntConsumer;

/**
 * What the charts and the curve editor share beyond {@link PlotControl}: a time axis with labels, a zoom window
 * and a cursor. A plot on its own moves them itself; a plot that shares a {@link SharedTimeAxis} shows the axis's
 * and asks the axis to move them, so they flow one way. Their hover text is the time label, then
 * {@code name=value} for each series.
 */
public abstract class TimePlotControl extends PlotControl {

    private final ObjectProperty<TimeLabels> timeLabels = new SimpleObjectProperty<>(this, "timeLabels",
            TimeLabels.steps());
    private final ReadOnlyIntegerWrapper cursor = new ReadOnlyIntegerWrapper(this, "cursorStep", -1);
    private final ReadOnlyIntegerWrapper visibleFrom = new ReadOnlyIntegerWrapper(this, "visibleFrom", 0);
    private final ReadOnlyIntegerWrapper visibleTo = new ReadOnlyIntegerWrapper(this, "visibleTo", TimeWindow.END);
    private final DoubleProperty leftGutter = new SimpleDoubleProperty(this, "leftGutter", 0);
    private final DoubleProperty rightGutter = new SimpleDoubleProperty(this, "rightGutter", 0);
    /** Where a pick goes: the shared axis, or this plot's own cursor. */
    private IntConsumer onPick = cursor::set;
    private SharedTimeAxis zoomOwner;

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
     * The step the cursor marks, -1 for none. (Named so because {@code Node.cursorProperty()} is the mouse
     * pointer's shape.) Bound to the axis's cursor while the plot shares one.
     */
    public final ReadOnlyIntegerProperty cursorStepProperty() {
        return cursor.getReadOnlyProperty();
    }

    public final int getCursorStep() {
        return cursor.get();
    }

    /** Marks {@code step} (-1: none) on a plot whose cursor no axis shows, such as the curve editor's point. */
    public final void setCursorStep(int step) {
        cursor.set(step);
    }

    /** The user picked {@code step} (a click or a drag): the shared axis moves its cursor there, or the plot does. */
    public final void pick(int step) {
        onPick.accept(step);
    }

    /** What a pick asks for instead of moving the plot's own cursor (the curve editor: its point's first step). */
    public final void setOnPick(IntConsumer action) {
        onPick = Objects.requireNonNull(action, "action");
    }

    /** Shows {@code axis}'s cursor and zoom window from now on; picks and zooms on the plot go to the axis. */
    public final void share(SharedTimeAxis axis) {
        cursor.bind(axis.cursorProperty());
        setOnPick(axis::moveTo);
        shareZoom(axis);
    }

    /** Shows {@code axis}'s zoom window, and zooms it, while the cursor stays the plot's (or {@link #setOnPick}'s). */
    public final void shareZoom(SharedTimeAxis axis) {
        zoomOwner = axis;
        visibleFrom.bind(axis.visibleFromProperty());
        visibleTo.bind(axis.visibleToProperty());
    }

    /** The plot keeps a zoom window of its own again, showing every step. */
    public final void ownZoom() {
        zoomOwner = null;
        visibleFrom.unbind();
        visibleTo.unbind();
        resetZoom();
    }

    /** The first visible step. */
    public final ReadOnlyIntegerProperty visibleFromProperty() {
        return visibleFrom.getReadOnlyProperty();
    }

    /** The step after the last visible one; {@code Integer.MAX_VALUE} (the default) runs to the end. */
    public final ReadOnlyIntegerProperty visibleToProperty() {
        return visibleTo.getReadOnlyProperty();
    }

    /** Shows every step again, as a double click does. */
    public final void resetZoom() {
        zoom(0, TimeWindow.END);
    }

    /** The zoom window goes to {@code from..to}: the shared axis's when the plot shares one, else its own. */
    private void zoom(int from, int to) {
        if (zoomOwner != null) {
            zoomOwner.zoom(from, to);
        } else {
            visibleFrom.set(from);
            visibleTo.set(to);
        }
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
        zoom(window.from(), window.isWhole(steps) ? TimeWindow.END : window.to());
    }

    /** The properties whose change means a redraw: the style, the time labels, the window and the gutters. */
    @Override
    public List<Observable> styleDependencies() {
        List<Observable> all = new ArrayList<>(super.styleDependencies());
        all.addAll(List.of(timeLabels, visibleFrom, visibleTo, leftGutter, rightGutter));
        return all;
    }
}
