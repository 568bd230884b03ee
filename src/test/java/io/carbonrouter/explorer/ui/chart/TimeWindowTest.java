package io.carbonrouter.explorer.ui.chart;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeWindowTest {

    @Test
    void givenTheDefaultPropertiesThenTheWindowIsEveryStep() {
        assertEquals(new TimeWindow(0, 2016), TimeWindow.resolve(0, TimeWindow.END, 2016));
        assertEquals(new TimeWindow(0, 0), TimeWindow.resolve(0, TimeWindow.END, 0));
    }

    @Test
    void givenAWindowPastTheDataOrTooNarrowThenItIsClampedToAtLeastFiveSteps() {
        assertEquals(new TimeWindow(95, 100), TimeWindow.resolve(500, 600, 100));
        assertEquals(new TimeWindow(10, 15), TimeWindow.resolve(10, 11, 100));
        assertEquals(new TimeWindow(0, 3), TimeWindow.resolve(2, 1, 3));
    }

    @Test
    void givenAZoomInThenTheStepUnderTheMouseStaysPut() {
        TimeWindow zoomed = new TimeWindow(0, 1000).zoom(749.5, 0.5, 1000);

        assertEquals(new TimeWindow(375, 875), zoomed);
    }

    @Test
    void givenASmallWindowWhenZoomingGentlyThenItStillChangesByAStep() {
        assertEquals(9, new TimeWindow(0, 10).zoom(5, 0.99, 100).span());
        assertEquals(11, new TimeWindow(0, 10).zoom(5, 1.01, 100).span());
        assertEquals(5, new TimeWindow(0, 5).zoom(2, 0.5, 100).span());
    }

    @Test
    void givenAZoomOutPastTheDataThenTheWindowIsWhole() {
        assertTrue(new TimeWindow(400, 600).zoom(500, 10, 1000).isWhole(1000));
    }

    @Test
    void givenAPanPastAnEndThenTheWindowStopsThere() {
        assertEquals(new TimeWindow(800, 1000), new TimeWindow(700, 900).pan(500, 1000));
        assertEquals(new TimeWindow(0, 200), new TimeWindow(100, 300).pan(-500, 1000));
    }

    @Property
    void zoomedWindowsStayInsideTheData(@ForAll @IntRange(min = 1, max = 200_000) int steps,
            @ForAll @IntRange(min = 0, max = 200_000) int from, @ForAll @IntRange(min = 0, max = 200_000) int to,
            @ForAll @DoubleRange(min = 0.01, max = 100) double factor, @ForAll @DoubleRange(max = 1) double at) {
        TimeWindow window = TimeWindow.resolve(from, to, steps);
        TimeWindow zoomed = window.zoom(window.from() - 0.5 + at * window.span(), factor, steps);

        for (TimeWindow w : new TimeWindow[] {window, zoomed}) {
            assertTrue(w.from() >= 0 && w.to() <= steps && w.span() >= Math.min(5, steps), w.toString());
        }
    }
}
