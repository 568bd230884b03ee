package io.carbonrouter.explorer.ui.model;

import io.carbonrouter.explorer.simulation.DeploymentLoop;
import io.carbonrouter.explorer.simulation.DeploymentLoop.DemandForecast;
import io.carbonrouter.explorer.simulation.DeploymentLoop.Feedback;
import io.carbonrouter.explorer.simulation.Run;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.ui.Fakes;
import io.carbonrouter.explorer.ui.chart.TimeLabels;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimelineTest {

    private final ScenarioModel model = new ScenarioModel(Scenario.builder().intensity(100, 200, 300).build());
    private final Timeline timeline = new Timeline(model);

    private static final Optional<Instant> MONDAY = Optional.of(Instant.parse("2024-03-04T00:00:00Z"));

    /** A run of {@code slots} hour slots, one evaluation a slot as without a deployment loop. */
    private Run perSlot(int slots) {
        return shown(hourSlots(slots));
    }

    /** Four 15-minute evaluations in every hour slot. */
    private Run quarterHours(int slots) {
        return shown(hourSlots(slots).loop(Optional.of(new DeploymentLoop(900, Feedback.NONE, DemandForecast.FLAT))));
    }

    /** The scenario in the model and its run on screen, as the main window has them after a run. */
    private Run shown(Scenario.Builder scenario) {
        Scenario s = scenario.build();
        model.edit("scenario", old -> s);
        Run run = Fakes.SIMULATOR.run(s);
        timeline.show(run);
        return run;
    }

    private static Scenario.Builder hourSlots(int slots) {
        double[] intensity = new double[slots];
        Arrays.setAll(intensity, i -> 100 + 10 * i);
        return Fakes.small(intensity).toBuilder().slotMinutes(60).start(MONDAY);
    }

    @Test
    void givenARepeatingCurveWhenTheRunGoesPastItsEndThenTheStepReadsTheWrappedPoint() {
        perSlot(10);

        assertEquals(1, timeline.curvePoint(7, 3));
        assertEquals(0, timeline.curvePoint(0, 3));
        assertEquals(-1, timeline.curvePoint(-1, 3));
        assertEquals(-1, timeline.curvePoint(4, 0));
    }

    @Test
    void givenACurveShorterThanTheRunThenItsRepeatsCountTheLastPartialOne() {
        assertEquals(0, timeline.repeatsOf(3), "no run on the axis yet");
        timeline.show(perSlot(10));

        assertEquals(4, timeline.repeatsOf(3));
        assertEquals(1, timeline.repeatsOf(10));
        assertEquals(0, timeline.repeatsOf(0));
        timeline.show(quarterHours(6));
        assertEquals(2, timeline.repeatsOf(3), "four ticks a slot still read each point once a repeat");
    }

    @Test
    void givenTicksWithinSlotsWhenMappingThenEveryTickOfASlotReadsItsPoint() {
        quarterHours(6);

        assertEquals(0, timeline.curvePoint(3, 3));
        assertEquals(1, timeline.curvePoint(4, 3));
        assertEquals(2, timeline.curvePoint(11, 3));
        assertEquals(0, timeline.curvePoint(12, 3));
        assertEquals(8, timeline.firstStepOf(2));
        assertEquals(24, timeline.stepsProperty().get());
    }

    @Test
    void givenTheCursorOnALaterRepetitionWhenItsPointIsPickedThenTheCursorStays() {
        perSlot(10);
        timeline.moveTo(7);

        timeline.pickPoint(1, 3);

        assertEquals(7, timeline.cursor());
    }

    @Test
    void givenTicksWithinSlotsWhenAPointIsPickedThenTheCursorMovesToTheFirstTickOfItsSlot() {
        quarterHours(3);
        timeline.moveTo(1);

        timeline.pickPoint(2, 3);

        assertEquals(8, timeline.cursor());
        assertEquals(2, timeline.cursorSlot());
    }

    @Test
    void givenARunOnTheAxisWhenTheCursorIsMovedOrSteppedThenItStaysOnTheRunsSteps() {
        perSlot(10);

        timeline.moveTo(25);
        assertEquals(9, timeline.cursor());
        timeline.step(-4);
        assertEquals(5, timeline.cursor());
        timeline.step(-8);
        assertEquals(0, timeline.cursor());
        timeline.moveTo(-3);
        assertEquals(0, timeline.cursor());
    }

    @Test
    void givenALiveSessionWhenItGrowsThenTheCursorFollowsItsNewestStep() {
        timeline.follow(7);
        assertEquals(6, timeline.cursor());

        timeline.follow(0);
        assertEquals(0, timeline.cursor());
    }

    @Test
    void givenAZoomThenTheWindowIsTheTimelinesAndTheCursorStays() {
        perSlot(10);
        timeline.moveTo(3);

        timeline.zoom(2, 9);

        assertEquals(2, timeline.visibleFromProperty().get());
        assertEquals(9, timeline.visibleToProperty().get());
        assertEquals(3, timeline.cursor());
    }

    @Test
    void givenACurveWhenItHasAPointPerStepThenItIsOnTheAxisOtherwiseNot() {
        perSlot(3);
        assertTrue(timeline.onAxis(3));
        assertFalse(timeline.onAxis(2));

        quarterHours(3);
        assertFalse(timeline.onAxis(3));
    }

    @Test
    void givenAShorterWholeRunWhenSettledThenTheCursorStaysOnItsLastStep() {
        timeline.moveTo(70);

        timeline.settle(20);

        assertEquals(19, timeline.cursor());
    }

    @Test
    void givenAnEditThatKeepsTheTimeBaseThenTheLabelsStayTheSameObjectAndAnotherStartRelabels() {
        TimeLabels before = timeline.timeLabelsProperty().get();

        model.edit("intensity", s -> s.toBuilder().intensity(1, 2, 3).build());
        assertSame(before, timeline.timeLabelsProperty().get());

        model.edit("start", s -> s.toBuilder().start(Optional.of(Instant.parse("2024-03-04T00:00:00Z"))).build());
        assertNotSame(before, timeline.timeLabelsProperty().get());
        assertEquals("2024-03-04 00:30 UTC", timeline.timeLabelsProperty().get().label(1));
    }

    @Test
    void givenTheDeployedLoopThenRunStepsAreLabelledWithTheirTickTimeAndCurvePointsWithTheirSlot() {
        Run run = quarterHours(3);

        TimeLabels steps = timeline.timeLabelsProperty().get();
        TimeLabels slots = timeline.slotLabelsProperty().get();
        for (int t = 0; t < run.steps(); t++) {
            assertEquals(run.slot(t), timeline.slotOf(t), "slot of tick " + t);
            assertEquals(MONDAY.get().plusSeconds(900L * t), Instant.parse(steps.label(t).replace(" UTC", ":00Z")
                    .replace(' ', 'T')), "time of tick " + t);
        }
        assertEquals("2024-03-04 02:45 UTC", steps.label(11));
        assertEquals(2, timeline.slotOf(11));
        assertEquals("2024-03-04 02:00 UTC", slots.label(timeline.slotOf(11)));
        assertEquals(4, steps.stepsPerSlot(), 1e-12);
        assertEquals(1, slots.stepsPerSlot(), 1e-12);
    }

    @Test
    void givenOneEvaluationASlotThenStepsAndCurvePointsShareTheSlotLabels() {
        Run run = perSlot(5);

        TimeLabels steps = timeline.timeLabelsProperty().get();
        for (int t = 0; t < run.steps(); t++) {
            assertEquals(t, timeline.slotOf(t));
            assertEquals(timeline.slotLabelsProperty().get().label(t), steps.label(t));
        }
        assertEquals("2024-03-04 04:00 UTC", steps.label(4));
        assertEquals(1, steps.stepsPerSlot(), 1e-12);
    }

    @Test
    void givenFifteenSecondTicksThenLabelsCarryTheSecondsAndTheCursorSlotFollowsTheRun() {
        Run run = shown(hourSlots(2).slotMinutes(1).loop(Optional.of(DeploymentLoop.AS_DEPLOYED)));
        timeline.moveTo(5);

        assertEquals("2024-03-04 00:01:15 UTC", timeline.timeLabelsProperty().get().label(5));
        assertEquals("2024-03-04 00:01 UTC", timeline.slotLabelsProperty().get().label(1));
        assertEquals(run.slot(5), timeline.cursorSlot());
        assertEquals(1, timeline.cursorSlot());

        perSlot(8);
        assertEquals(5, timeline.cursorSlot(), "a run on another clock maps the same cursor anew");
    }

    @Test
    void givenAScenarioBeforeItsFirstRunThenTheAxisIsLabelledByItsTicks() {
        model.edit("loop", s -> hourSlots(3).loop(Optional.of(DeploymentLoop.AS_DEPLOYED)).build());

        assertEquals("2024-03-04 00:00:45 UTC", timeline.timeLabelsProperty().get().label(3));
        assertEquals("2024-03-04 03:00 UTC", timeline.slotLabelsProperty().get().label(3));
    }

    @Test
    void givenTheRunLeavesTheScreenThenTheAxisIsEmptyAndLabelledByTheScenarioAgain() {
        quarterHours(3);
        timeline.moveTo(5);
        model.edit("per slot", s -> hourSlots(3).build());

        timeline.clear();

        assertEquals(0, timeline.stepsProperty().get());
        assertEquals(5, timeline.slotOf(5), "no run: a step is its slot");
        assertEquals(5, timeline.cursorSlot());
        assertEquals("2024-03-04 01:00 UTC", timeline.timeLabelsProperty().get().label(1));
    }
}
