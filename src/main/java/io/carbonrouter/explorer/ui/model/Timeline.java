package io.carbonrouter.explorer.ui.model;

import io.carbonrouter.explorer.simulation.DeploymentLoop;
import io.carbonrouter.explorer.simulation.Run;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.TickClock;
import io.carbonrouter.explorer.ui.chart.SharedTimeAxis;
import io.carbonrouter.explorer.ui.chart.TimeLabels;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;

import java.time.Instant;
import java.util.Optional;

/**
 * The time axis every chart, the curve editor and the inspector share: the cursor, the zoom window, the time
 * labels, and how a run's step maps to its forecast slot and to a point of a curve that may repeat. Views get
 * this object and show its axis, never each other's. It alone writes the cursor and the zoom window; the others
 * read them and ask it to move them ({@link #moveTo}, {@link #step}, {@link #follow}, {@link #zoom}).
 */
public final class Timeline implements SharedTimeAxis {

    /** The {@code to} of the whole range, whatever the number of steps (as the chart controls store it). */
    private static final int WHOLE = Integer.MAX_VALUE;

    private final ReadOnlyIntegerWrapper cursor = new ReadOnlyIntegerWrapper(this, "cursor", 0);
    private final ReadOnlyIntegerWrapper visibleFrom = new ReadOnlyIntegerWrapper(this, "visibleFrom", 0);
    private final ReadOnlyIntegerWrapper visibleTo = new ReadOnlyIntegerWrapper(this, "visibleTo", WHOLE);
    private final ReadOnlyObjectWrapper<TimeLabels> timeLabels = new ReadOnlyObjectWrapper<>(this, "timeLabels");
    private final ReadOnlyObjectWrapper<TimeLabels> slotLabels = new ReadOnlyObjectWrapper<>(this, "slotLabels");
    private final ReadOnlyIntegerWrapper steps = new ReadOnlyIntegerWrapper(this, "steps", 0);
    private final ReadOnlyIntegerWrapper cursorSlot = new ReadOnlyIntegerWrapper(this, "cursorSlot", 0);
    private final ObservableValue<Scenario> scenario;
    private Run run;
    private TimeBase runBase;
    private TimeBase slotBase;

    /** When step 0 starts, and the seconds between steps and in a slot: what the labels depend on. */
    private record TimeBase(Optional<Instant> start, double stepSeconds, double slotSeconds) {

        TimeLabels labels() {
            return TimeLabels.of(start, stepSeconds / 60.0, slotSeconds / 60.0);
        }
    }

    /** The main window's axis: the edited scenario's. */
    public Timeline(ScenarioModel model) {
        this(model.scenarioProperty());
    }

    /**
     * Labels the curves by {@code scenario}'s slots, and the run's axis by its ticks until a run is shown; both
     * relabel when their time base changes. A null scenario (none yet) labels nothing.
     */
    public Timeline(ObservableValue<Scenario> scenario) {
        this.scenario = scenario;
        scenario.addListener((obs, old, s) -> label(s));
        label(scenario.getValue());
        cursor.addListener((obs, old, now) -> mapCursor());
    }

    /** A scenario the validator refuses (a slot or interval that is not positive) keeps the labels it had. */
    private void label(Scenario s) {
        double slot = s == null ? Double.NaN : s.slotMinutes() * 60.0;
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
        label(scenario.getValue());
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

    /** The step under inspection; playback moves it, a click on any chart asks for it. */
    @Override
    public ReadOnlyIntegerProperty cursorProperty() {
        return cursor.getReadOnlyProperty();
    }

    /**
     * Puts the cursor on {@code step}, kept on the axis: never before the first step, nor, once a run is shown,
     * after its last.
     */
    @Override
    public void moveTo(int step) {
        int last = steps.get() - 1;
        cursor.set(Math.max(0, last >= 0 ? Math.min(step, last) : step));
    }

    /** Moves the cursor {@code by} steps, back when negative, within the axis as {@link #moveTo} does. */
    public void step(int by) {
        moveTo(cursor.get() + by);
    }

    /** A run that grows (a live session) has {@code computed} steps: the cursor stands on the last of them. */
    public void follow(int computed) {
        cursor.set(Math.max(0, computed - 1));
    }

    /** Every plot sharing the zoom shows steps {@code from} up to {@code to} ({@code Integer.MAX_VALUE}: the end). */
    @Override
    public void zoom(int from, int to) {
        visibleFrom.set(from);
        visibleTo.set(to);
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
    @Override
    public ReadOnlyIntegerProperty visibleFromProperty() {
        return visibleFrom.getReadOnlyProperty();
    }

    /** The step after the last visible one; {@code Integer.MAX_VALUE} runs to the end. */
    @Override
    public ReadOnlyIntegerProperty visibleToProperty() {
        return visibleTo.getReadOnlyProperty();
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
