package io.carbonrouter.explorer.ui.model;

import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.TickClock;
import io.carbonrouter.explorer.ui.chart.TimeLabels;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimelineTest {

    private final ScenarioModel model = new ScenarioModel(Scenario.builder().intensity(100, 200, 300).build());
    private final Timeline timeline = new Timeline(model);

    /** One tick a slot, as without a deployment loop. */
    private static TickClock perSlot(int slots) {
        return new TickClock(3600, 3600, slots, true);
    }

    /** Four 15-minute evaluations in every hour slot. */
    private static TickClock quarterHours(int slots) {
        return new TickClock(900, 3600, slots * 4, false);
    }

    @Test
    void givenARepeatingCurveWhenTheRunGoesPastItsEndThenTheStepReadsTheWrappedPoint() {
        timeline.show(perSlot(10));

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
        timeline.show(quarterHours(6));

        assertEquals(0, timeline.curvePoint(3, 3));
        assertEquals(1, timeline.curvePoint(4, 3));
        assertEquals(2, timeline.curvePoint(11, 3));
        assertEquals(0, timeline.curvePoint(12, 3));
        assertEquals(8, timeline.firstStepOf(2));
        assertEquals(24, timeline.stepsProperty().get());
    }

    @Test
    void givenTheCursorOnALaterRepetitionWhenItsPointIsPickedThenTheCursorStays() {
        timeline.show(perSlot(10));
        timeline.cursorProperty().set(7);

        timeline.pickPoint(1, 3);

        assertEquals(7, timeline.cursor());
    }

    @Test
    void givenTicksWithinSlotsWhenAPointIsPickedThenTheCursorMovesToTheFirstTickOfItsSlot() {
        timeline.show(quarterHours(3));
        timeline.cursorProperty().set(1);

        timeline.pickPoint(2, 3);

        assertEquals(8, timeline.cursor());
        assertEquals(2, timeline.cursorSlot());
    }

    @Test
    void givenTwoChartsAttachedWhenOneZoomsAndMovesItsCursorThenTheOtherFollows() {
        IntegerProperty[] a = axis();
        IntegerProperty[] b = axis();
        timeline.attach(a[0], a[1], a[2]);
        timeline.attach(b[0], b[1], b[2]);

        a[0].set(5);
        a[1].set(2);
        a[2].set(9);

        assertEquals(5, b[0].get());
        assertEquals(2, b[1].get());
        assertEquals(9, b[2].get());
        assertEquals(5, timeline.cursor());
        assertEquals(2, timeline.visibleFromProperty().get());
    }

    @Test
    void givenAPlotThatStopsSharingTheZoomWhenTheChartsZoomThenItKeepsItsOwnWindow() {
        IntegerProperty[] chart = axis();
        IntegerProperty[] editor = axis();
        timeline.attach(chart[0], chart[1], chart[2]);
        timeline.shareZoom(editor[1], editor[2]);

        timeline.unshareZoom(editor[1], editor[2]);
        chart[1].set(4);

        assertEquals(0, editor[1].get());
    }

    @Test
    void givenACurveWhenItHasAPointPerStepThenItIsOnTheAxisOtherwiseNot() {
        timeline.show(perSlot(3));
        assertTrue(timeline.onAxis(3));
        assertFalse(timeline.onAxis(2));

        timeline.show(quarterHours(3));
        assertFalse(timeline.onAxis(3));
    }

    @Test
    void givenAShorterWholeRunWhenSettledThenTheCursorStaysOnItsLastStep() {
        timeline.cursorProperty().set(70);

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

    private static IntegerProperty[] axis() {
        return new IntegerProperty[] {new SimpleIntegerProperty(-1), new SimpleIntegerProperty(0),
            new SimpleIntegerProperty(Integer.MAX_VALUE)};
    }
}
