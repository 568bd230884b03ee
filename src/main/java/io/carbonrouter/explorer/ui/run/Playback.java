package io.carbonrouter.explorer.ui.run;

import io.carbonrouter.explorer.simulation.Run;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.ui.model.Timeline;
import io.carbonrouter.explorer.ui.service.Ticker;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleDoubleProperty;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Play, pause, step and reset. Over a run of the whole timeline, playing moves the cursor through it at
 * {@link #speedProperty()} steps per second; otherwise it computes a live session of the {@link RunService} from
 * the cursor on and the cursor follows the newest step.
 * Frames never queue work: while a batch of steps is on its way the next frame only adds to the budget.
 */
public final class Playback {

    private static final double DEFAULT_SPEED = 12;
    /** The most steps one frame may ask for, in seconds of playback; keeps a slow machine from lurching. */
    private static final double MAX_BUDGET_SECONDS = 0.25;

    private final RunService runs;
    private final Ticker ticker;
    private final Supplier<Optional<Scenario>> runnable;
    private final Timeline timeline;
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(false);
    private final DoubleProperty speed = new SimpleDoubleProperty(DEFAULT_SPEED);
    private long lastFrame;
    private double budget;
    private int livePosition = -1;
    private int liveTotal;

    /**
     * @param runnable the current scenario when it can run, empty when it has problems
     * @param timeline whose cursor, the step on screen, playback moves
     */
    public Playback(RunService runs, Ticker ticker, Supplier<Optional<Scenario>> runnable, Timeline timeline) {
        this.runs = runs;
        this.ticker = ticker;
        this.runnable = runnable;
        this.timeline = timeline;
        runs.outcomeProperty().addListener((obs, old, o) -> follow(o));
        runs.liveProperty().addListener((obs, was, isLive) -> {
            if (!isLive) {
                livePosition = -1;
                pause();
            }
        });
    }

    public void play() {
        if (playing.get()) {
            return;
        }
        Optional<Scenario> scenario = runnable.get();
        if (scenario.isEmpty()) {
            return;
        }
        if (replayable(scenario.get())) {
            if (timeline.cursor() + 1 >= runs.outcomeProperty().get().run().steps()) {
                timeline.moveTo(0);
            }
        } else if (!atLiveHead() || livePosition >= liveTotal) {
            int total = scenario.get().clock().ticks();
            int from = timeline.cursor() + 1 >= total ? 1 : timeline.cursor() + 1;
            runs.startLive(scenario.get(), from);
        }
        playing.set(true);
        lastFrame = -1;
        budget = 0;
        ticker.start(this::frame);
    }

    public void pause() {
        if (playing.get()) {
            playing.set(false);
            ticker.stop();
        }
    }

    public void toggle() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /** One step on: computes it when the cursor sits at the newest step of a live session. */
    public void stepForward(int shownSteps) {
        pause();
        if (atLiveHead() && livePosition < liveTotal) {
            if (!runs.liveJobPending()) {
                runs.advanceLive(livePosition + 1);
            }
        } else if (timeline.cursor() + 1 < shownSteps) {
            timeline.step(1);
        }
    }

    public void stepBack() {
        pause();
        timeline.step(-1);
    }

    /** To the first tick of the next forecast slot ({@code forward}) or back to the start of a slot. */
    public void stepSlot(Run shown, boolean forward) {
        pause();
        int at = timeline.cursor();
        timeline.moveTo(forward ? SlotSteps.next(shown, at) : SlotSteps.previous(shown, at));
    }

    /** Back to the first step with the whole timeline on screen. */
    public void reset() {
        pause();
        timeline.moveTo(0);
        runnable.get().ifPresent(runs::runFull);
    }

    /**
     * Whether the run on screen is the whole timeline of {@code scenario}: playing it then only moves the
     * cursor over what is computed (no second run, nothing of it erased) until an edit takes over from there.
     */
    private boolean replayable(Scenario scenario) {
        RunOutcome o = runs.outcomeProperty().get();
        return o != null && !o.live() && o.complete() && o.scenario() == scenario && !runs.busyProperty().get();
    }

    /** Whether playback moves the cursor over a computed run rather than computing a live session. */
    public boolean isReplaying() {
        return playing.get() && !runs.liveProperty().get();
    }

    private boolean atLiveHead() {
        return runs.liveProperty().get() && livePosition == timeline.cursor() + 1;
    }

    private void frame(long now) {
        if (lastFrame < 0) {
            lastFrame = now;
            return;
        }
        double perSecond = Math.max(0.1, speed.get());
        budget = Math.min(budget + (now - lastFrame) / 1e9 * perSecond, Math.max(1, perSecond * MAX_BUDGET_SECONDS));
        lastFrame = now;
        int whole = (int) budget;
        if (whole > 0 && !runs.liveProperty().get()) {
            budget -= whole;
            replay(whole);
        } else if (whole > 0 && livePosition >= 0 && !runs.liveJobPending()) {
            budget -= whole;
            runs.advanceLive(livePosition + whole);
        }
    }

    private void replay(int steps) {
        RunOutcome o = runs.outcomeProperty().get();
        int last = o == null ? 0 : o.run().steps() - 1;
        timeline.moveTo(Math.min(last, timeline.cursor() + steps));
        if (timeline.cursor() >= last) {
            pause();
        }
    }

    private void follow(RunOutcome o) {
        if (o == null || !o.live()) {
            livePosition = -1;
            return;
        }
        livePosition = o.run().steps();
        liveTotal = o.scenario().clock().ticks();
        timeline.follow(livePosition);
        if (playing.get() && o.complete()) {
            pause();
        }
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public boolean isPlaying() {
        return playing.get();
    }

    /** Steps per second while playing. */
    public DoubleProperty speedProperty() {
        return speed;
    }
}
