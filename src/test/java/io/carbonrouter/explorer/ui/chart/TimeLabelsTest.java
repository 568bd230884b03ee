package io.carbonrouter.explorer.ui.chart;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeLabelsTest {

    private static final Optional<Instant> MONDAY = Optional.of(Instant.parse("2024-03-04T00:00:00Z"));

    @Test
    void givenAStartThenLabelsAreUtcDatesAndTimes() {
        TimeLabels labels = TimeLabels.of(MONDAY, 30);

        assertEquals("2024-03-04 00:00 UTC", labels.label(0));
        assertEquals("2024-03-05 01:30 UTC", labels.label(51));
        assertEquals("01:30", labels.shortLabel(51));
    }

    @Test
    void givenNoStartThenLabelsAreOffsetsFromTheFirstStep() {
        TimeLabels labels = TimeLabels.of(Optional.empty(), 30);

        assertEquals("+0d 00:00", labels.label(0));
        assertEquals("+1d 02:30", labels.label(53));
        assertEquals("02:30", labels.shortLabel(53));
    }

    @Test
    void givenAWeekOnANarrowAxisThenTicksFallOnMidnightsLabelledWithTheDate() {
        TimeLabels labels = TimeLabels.of(MONDAY, 5);

        List<TimeTick> ticks = labels.ticks(-0.5, 2015.5, 8);

        assertEquals(List.of("04 Mar", "05 Mar", "06 Mar", "07 Mar", "08 Mar", "09 Mar", "10 Mar"),
                ticks.stream().map(TimeTick::label).toList());
        assertEquals(288, ticks.get(1).position(), 1e-9);
    }

    @Test
    void givenAFewHoursThenTicksAreClockTimesWithMidnightAsTheDate() {
        TimeLabels labels = TimeLabels.of(MONDAY, 15);

        List<TimeTick> ticks = labels.ticks(88, 104, 6);

        assertEquals(List.of("22:00", "23:00", "05 Mar", "01:00", "02:00"),
                ticks.stream().map(TimeTick::label).toList());
        assertEquals(88, ticks.get(0).position(), 1e-9);
    }

    @Test
    void givenAStartOffTheHourThenTicksStillFallOnWholeHours() {
        TimeLabels labels = TimeLabels.of(Optional.of(Instant.parse("2024-03-04T10:20:00Z")), 10);

        List<TimeTick> ticks = labels.ticks(0, 20, 4);

        assertEquals("11:00", ticks.get(0).label());
        assertEquals(4, ticks.get(0).position(), 1e-9);
        assertTrue(ticks.size() <= 4);
    }

    @Test
    void givenWeeklyTicksThenTheyFallOnMondays() {
        TimeLabels labels = TimeLabels.of(Optional.of(Instant.parse("2024-03-01T00:00:00Z")), 60);

        List<TimeTick> ticks = labels.ticks(0, 24 * 60, 10);

        assertEquals(List.of("04 Mar", "11 Mar", "18 Mar", "25 Mar", "01 Apr", "08 Apr", "15 Apr", "22 Apr",
                "29 Apr"),
                ticks.stream().map(TimeTick::label).toList());
    }

    @Test
    void givenAFewDaysAcrossNewYearThenDatesCarryTheYear() {
        TimeLabels labels = TimeLabels.of(Optional.of(Instant.parse("2030-12-30T00:00:00Z")), 60);

        List<TimeTick> ticks = labels.ticks(-0.5, 95.5, 5);

        assertEquals(List.of("30 Dec 2030", "31 Dec 2030", "01 Jan 2031", "02 Jan 2031"),
                ticks.stream().map(TimeTick::label).toList());
    }

    @Test
    void givenAYearOfSlotsThenTicksFallOnMonthsWithTheYearOnTheFirstTickAndOnJanuary() {
        TimeLabels labels = TimeLabels.of(Optional.of(Instant.parse("2030-01-21T13:30:00Z")), 5);

        List<TimeTick> ticks = labels.ticks(-0.5, 105_119.5, 6);

        assertEquals(List.of("Mar 2030", "May", "Jul", "Sep", "Nov", "2031"),
                ticks.stream().map(TimeTick::label).toList());
        // 1 March 2030 00:00 is 38 days 10.5 hours after the start, in 5-minute slots.
        assertEquals((38 * 24 + 10.5) * 12, ticks.get(0).position(), 1e-9);
    }

    @Test
    void givenMonthsWithinOneCalendarYearThenJanuaryCarriesTheYear() {
        TimeLabels labels = TimeLabels.of(Optional.of(Instant.parse("2030-01-01T00:00:00Z")), 60);

        List<TimeTick> wholeYear = labels.ticks(-0.5, 320 * 24, 6);
        List<TimeTick> monthly = labels.ticks(-0.5, 365 * 24 - 0.5, 12);

        assertEquals(List.of("2030", "Mar", "May", "Jul", "Sep", "Nov"),
                wholeYear.stream().map(TimeTick::label).toList());
        assertEquals(List.of("2030", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
                monthly.stream().map(TimeTick::label).toList());
    }

    @Test
    void givenNoOffsetStartThenDayTicksCountDays() {
        List<TimeTick> ticks = TimeLabels.of(Optional.empty(), 60).ticks(-0.5, 96, 5);

        assertEquals(List.of("+0d", "+1d", "+2d", "+3d", "+4d"), ticks.stream().map(TimeTick::label).toList());
    }

    @Test
    void givenPlainStepsThenTicksAreRoundStepNumbers() {
        List<TimeTick> ticks = TimeLabels.steps().ticks(-0.5, 999.5, 6);

        assertEquals(List.of("0", "200", "400", "600", "800"), ticks.stream().map(TimeTick::label).toList());
        assertEquals("step 7", TimeLabels.steps().label(7));
    }

    @Test
    void givenANonPositiveSlotThenItIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TimeLabels.of(Optional.empty(), 0));
        assertEquals("slotMinutes must be positive: 0", e.getMessage());
    }

    @Test
    void givenTicksFifteenSecondsApartThenTheAxisShowsRealTimeOnWholeHours() {
        TimeLabels labels = TimeLabels.of(MONDAY, 0.25);

        assertEquals("2024-03-04 01:00:00 UTC", labels.label(240));
        List<TimeTick> ticks = labels.ticks(0, 5760, 6);
        assertTrue(ticks.size() >= 3, ticks.toString());
        for (TimeTick t : ticks) {
            assertEquals(0, t.position() % 240, 1e-9, t.toString());
        }
    }

    @Test
    void givenDeployedTicksWhenZoomedToAFewMinutesThenLabelsAndTicksAreToTheSecond() {
        TimeLabels labels = TimeLabels.of(MONDAY, 0.25, 30);

        assertEquals("2024-03-04 00:00:15 UTC", labels.label(1));
        assertEquals("00:02:00", labels.shortLabel(8));
        assertEquals(List.of("04 Mar", "00:00:30", "00:01:00", "00:01:30", "00:02:00"),
                labels.ticks(0, 8, 5).stream().map(TimeTick::label).toList());
        assertEquals(120, labels.stepsPerSlot(), 1e-12);
    }

    @Test
    void givenWholeMinuteTicksThenLabelsStayToTheMinuteAndSlotsSpanSeveralSteps() {
        TimeLabels labels = TimeLabels.of(Optional.empty(), 5, 30);

        assertEquals("+0d 00:35", labels.label(7));
        assertEquals(6, labels.stepsPerSlot(), 1e-12);
        assertEquals(1, TimeLabels.of(MONDAY, 30).stepsPerSlot(), 1e-12);
        assertEquals("tickMinutes must be positive: 0",
                assertThrows(IllegalArgumentException.class, () -> TimeLabels.of(MONDAY, 0, 30)).getMessage());
    }
}
