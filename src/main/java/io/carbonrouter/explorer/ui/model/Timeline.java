package io.carbonrouter.explorer.ui.model;

import io.carbonrouter.explorer.simulation.DeploymentLoop;
import io.carbonrouter.explorer.simulation.Run;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.TickClock;
import io.carbonrouter.explorer.ui.chart.TimeLabels;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;

import java.time.Instant;
import java.util.Optional;

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
    private final ReadOnlyObjectWrapper<TimeLabels> slotLabels = new ReadOnlyObjectWrapper<>(this, "slotLabels");
    private final ReadOnlyIntegerWrapper steps = new ReadOnlyIntegerWrapper(this, "steps", 0);
    private final ReadOnlyIntegerWrapper cursorSlot = new ReadOnlyIntegerWrapper(this, "cursorSlot", 0);
    private final ScenarioModel model;
    private Run run;
    private TimeBase runBase;
    private TimeBase slotBase;

    /** When step 0 starts, and the seconds between steps and in a slot: what the labels depend on. */
    private record TimeBase(Optional<Instant> start, double stepSeconds, double slotSeconds) {

        TimeLabels labels() {
            return TimeLabels.of(start, stepSeconds / 60.0, slotSeconds / 60.0);
        }
    }

    /**
     * Labels the curves by {@code model}'s slots, and the run's axis by its ticks until a run is shown; both
     * relabel when their time base changes.
     */
    public Timeline(ScenarioModel model) {
        this.model = model;
        model.scenarioProperty().addListener((obs, old, s) -> label(s));
        label(model.scenario());
        cursor.addListener((obs, old, now) -> mapCursor());
    }

    /** A scenario the validator refuses (a slot or interval that is not positive) keeps the labels it had. */
    private void label(Scenario s) {
        double slot = s.slotMinutes() * 60.0;
        if (!positive(slot)) {
            return;
        }
        slotBase = relabel(slotLabels, slotBase, new TimeBase(s.start(), slot, slot));
        double tick = s.loop().map(DeploymentLoop::evaluationSeconds).orElse(slot);
        if (run == null && positive(tick)) {
            runBase = relabel(timeLabels, runBase, new TimeBase(s.start(), tick, slot));
        }
    }

    private static boolean positive(double seconds) {
        return seconds > 0 && Double.isFinite(seconds);
    }

    /** The labels of {@code base}, new only when it differs from {@code old}, so a plot repaints only then. */
    private static TimeBase relabel(ReadOnlyObjectWrapper<TimeLabels> labels, TimeBase old, TimeBase base) {
        if (!base.equals(old)) {
            labels.set(base.labels());
        }
        return base;
    }

    /**
     * The axis of {@code shown}: its ticks are the steps the charts draw, labelled with their real time (tick k
     * at the start plus k evaluation intervals), and its slots are what each step reads.
     */
    public void show(Run shown) {
        run = shown;
        TickClock clock = shown.clock();
        runBase = relabel(timeLabels, runBase,
                new TimeBase(shown.start(), clock.evaluationSeconds(), clock.slotSeconds()));
        steps.set(clock.ticks());
        mapCursor();
    }

    /**
     * The run left the screen (another scenario was opened): the axis has no steps until the next one, and the
     * timeline lets go of the old run, which may be a deployed year of ticks.
     */
    public void clear() {
        run = null;
        label(model.scenario());
        steps.set(0);
        mapCursor();
    }

    private void mapCursor() {
        cursorSlot.set(slotOf(Math.max(0, cursor.get())));
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

    /** Labels for the run's steps: ticks of the deployed loop at their real time, or slots without one. */
    public ReadOnlyObjectProperty<TimeLabels> timeLabelsProperty() {
        return timeLabels.getReadOnlyProperty();
    }

    /** Labels for the scenario's curves, one point a slot. */
    public ReadOnlyObjectProperty<TimeLabels> slotLabelsProperty() {
        return slotLabels.getReadOnlyProperty();
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

    /** The forecast slot of {@code step}: the one the run on screen read there ({@link Run#slot}). */
    public int slotOf(int step) {
        if (run == null) {
            return step;
        }
        return step < run.steps() ? run.slot(step) : run.clock().slotOf(step);
    }

    /** The slot under the cursor, 0 before it is placed; it changes with the cursor and with the run shown. */
    public ReadOnlyIntegerProperty cursorSlotProperty() {
        return cursorSlot.getReadOnlyProperty();
    }

    public int cursorSlot() {
        return cursorSlot.get();
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
        TickClock clock = run == null ? null : run.clock();
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
