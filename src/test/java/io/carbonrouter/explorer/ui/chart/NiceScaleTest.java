package io.carbonrouter.explorer.ui.chart;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.util.OptionalDouble;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NiceScaleTest {

    @Property
    void aCoveringScaleCoversTheRangeWithAFewTicks(@ForAll @DoubleRange(min = -1e6, max = 1e6) double a,
            @ForAll @DoubleRange(min = 0, max = 1e6) double width, @ForAll @IntRange(min = 2, max = 12) int ticks) {
        NiceScale scale = NiceScale.covering(a, a + width, ticks);

        assertTrue(scale.min() <= a && scale.max() >= a + width);
        assertTrue(scale.ticks().length >= 2 && scale.ticks().length <= 2 * ticks + 2, "" + scale);
    }

    @Test
    void givenFractionsThenTheScaleRoundsOutToNiceTicks() {
        NiceScale scale = NiceScale.covering(0.03, 0.97, 6);

        assertEquals(new NiceScale(0, 1, 0.2), scale);
        assertArrayEquals(new double[] {0, 0.2, 0.4, 0.6000000000000001, 0.8, 1}, scale.ticks());
        assertEquals("0.6", scale.format(scale.ticks()[3]));
        assertEquals("1.0", scale.format(1));
    }

    @Test
    void givenAFlatSeriesThenTheScaleOpensAroundIt() {
        NiceScale scale = NiceScale.covering(5, 5, 5);

        assertTrue(scale.min() < 5 && scale.max() > 5);
        assertEquals(new NiceScale(-1, 1, 0.5), NiceScale.covering(0, 0, 5));
    }

    @Test
    void givenNearZeroNonNegativeDataThenTheAxisStartsAtZero() {
        ValueRange range = new ValueRange();
        range.add(new double[] {40, 300}, 0, 2);

        assertEquals(0, range.scale(5, false, OptionalDouble.empty(), OptionalDouble.empty()).min());
    }

    @Test
    void givenGivenBoundsThenTheyOverrideTheData() {
        ValueRange range = new ValueRange();
        range.add(new double[] {0.2, 0.4}, 0, 2);

        NiceScale scale = range.scale(5, true, OptionalDouble.of(0), OptionalDouble.of(1));

        assertEquals(0, scale.min());
        assertEquals(1, scale.max());
        assertEquals(new NiceScale(0.2, 1, 0.2), range.scale(5, false, OptionalDouble.empty(), OptionalDouble.of(1)));
    }
}
