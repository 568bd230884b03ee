package io.carbonrouter.explorer.ui.model;

import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.TickClock;
import io.carbonrouter.explorer.ui.chart.TimeLabels;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;

import java.util.Objects;

/**
 * The time axis every chart, the curve editor and the inspector share: the cursor, the zoom window, the time
 * labels, and how a run's step maps to its forecast slot and to a point of a curve that may repeat. Views get
 * this object and bind their axes through it, never to each other.
 */
public final class Timeline {

    /** The {@code to} of the whole range, whatever the number of steps (as the chart controls store it). */
    private static final int WHOLE = Integer.MAX_VALUE;

    private final IntegerProperty cursor = new SimpleIntegerProperty(this, "cursor", 0);
    private final IntegerProperty visibleFrom = new SimpleIntegerProperty(this, "visibleFrom", 0);
    private final IntegerProperty visibleTo = new SimpleIntegerProperty(this, "visibleTo", WHOLE);
    private final ReadOnlyObjectWrapper<TimeLabels> timeLabels = new ReadOnlyObjectWrapper<>(this, "timeLabels");
    private final ReadOnlyIntegerWrapper steps = new ReadOnlyIntegerWrapper(this, "steps", 0);
    private TickClock clock;
    private Scenario labelled;

    /** Labels the axis after {@code model}'s start and slot length, and relabels it when they change. */
    public Timeline(ScenarioModel model) {
        model.scenarioProperty().addListener((obs, old, s) -> label(s));
        label(model.scenario());
    }

    private void label(Scenario s) {
        if (labelled == null || !Objects.equals(labelled.start(), s.start())
                || labelled.slotMinutes() != s.slotMinutes()) {
            timeLabels.set(TimeLabels.of(s.start(), (int) Math.max(1, Math.round(s.slotMinutes()))));
        }
        labelled = s;
    }

    /** The axis of a run on {@code clock}: its ticks are the steps the charts draw. */
    public void show(TickClock runClock) {
        clock = runClock;
        steps.set(runClock.ticks());
    }

    /** A whole run of {@code computed} steps is on screen: the cursor stays on one of them. */
    public void settle(int computed) {
        cursor.set(Math.max(0, Math.min(cursor.get(), computed - 1)));
    }

    /** The step under inspection; playback moves it, a click on any chart sets it. */
    public IntegerProperty cursorProperty() {
        return cursor;
    }

    public int cursor() {
        return cursor.get();
    }

    /** The steps on the axis: the ticks of the run on screen, 0 before the first. */
    public ReadOnlyIntegerProperty stepsProperty() {
        return steps.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TimeLabels> timeLabelsProperty() {
        return timeLabels.getReadOnlyProperty();
    }

    /** The first visible step of the shared zoom window. */
    public ReadOnlyIntegerProperty visibleFromProperty() {
        return ReadOnlyIntegerProperty.readOnlyIntegerProperty(visibleFrom);
    }

    /** The step after the last visible one; {@code Integer.MAX_VALUE} runs to the end. */
    public ReadOnlyIntegerProperty visibleToProperty() {
        return ReadOnlyIntegerProperty.readOnlyIntegerProperty(visibleTo);
    }

    /** A chart on the run's axis: its cursor and zoom window are this timeline's, both ways. */
    public void attach(IntegerProperty chartCursor, IntegerProperty from, IntegerProperty to) {
        chartCursor.bindBidirectional(cursor);
        shareZoom(from, to);
    }

    /** A plot whose points are the run's steps zooms and scrolls with the charts. */
    public void shareZoom(IntegerProperty from, IntegerProperty to) {
        from.bindBidirectional(visibleFrom);
        to.bindBidirectional(visibleTo);
    }

    /** The plot keeps a zoom window of its own again. */
    public void unshareZoom(IntegerProperty from, IntegerProperty to) {
        from.unbindBidirectional(visibleFrom);
        to.unbindBidirectional(visibleTo);
    }

    /** Whether a curve of {@code points} points lies on the run's axis (one point a step), so it shares the zoom. */
    public boolean onAxis(int points) {
        return points == steps.get();
    }

    /** The forecast slot of {@code step}. */
    public int slotOf(int step) {
        return clock == null ? step : clock.slotOf(step);
    }

    /** The slot under the cursor, 0 before it is placed. */
    public int cursorSlot() {
        return slotOf(Math.max(0, cursor.get()));
    }

    /** The point of a curve of {@code points} that {@code step} reads: its slot, wrapped when the curve repeats. */
    public int curvePoint(int step, int points) {
        return points <= 0 || step < 0 ? -1 : slotOf(step) % points;
    }

    /**
     * How many times the run reads a curve of {@code points}, the last time perhaps in part: 1 when the curve
     * covers the run, more when it is shorter and repeats, 0 before a run is on the axis.
     */
    public int repeatsOf(int points) {
        int slots = steps.get() == 0 ? 0 : slotOf(steps.get() - 1) + 1;
        return points <= 0 ? 0 : (slots + points - 1) / points;
    }

    /** The first step in slot {@code slot}. */
    public int firstStepOf(int slot) {
        if (clock == null || clock.perSlot()) {
            return slot;
        }
        int t = (int) Math.ceil(slot * clock.slotSeconds() / clock.evaluationSeconds());
        while (t > 0 && clock.slotOf(t - 1) >= slot) {
            t--;
        }
        while (clock.slotOf(t) < slot) {
            t++;
        }
        return t;
    }

    /**
     * A click on point {@code point} of a curve of {@code points}: the cursor moves to the first step reading it,
     * unless it already stands on a step that reads it (a repetition further on stays where it is).
     */
    public void pickPoint(int point, int points) {
        if (point >= 0 && curvePoint(cursor.get(), points) != point) {
            cursor.set(firstStepOf(point));
        }
    }
}
