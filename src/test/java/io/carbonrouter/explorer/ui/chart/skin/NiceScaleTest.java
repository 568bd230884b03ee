package io.carbonrouter.explorer.ui.chart.skin;

import io.carbonrouter.explorer.ui.chart.SeriesValues;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
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
        ValueRange range = new ValueRange(new DecimationCache());
        range.add(SeriesValues.of(new double[] {40, 300}), 0, 2);

        assertEquals(0, range.scale(5, false, OptionalDouble.empty(), OptionalDouble.empty()).min());
    }

    @Test
    void givenGivenBoundsThenTheyOverrideTheData() {
        ValueRange range = new ValueRange(new DecimationCache());
        range.add(SeriesValues.of(new double[] {0.2, 0.4}), 0, 2);

        NiceScale scale = range.scale(5, true, OptionalDouble.of(0), OptionalDouble.of(1));

        assertEquals(0, scale.min());
        assertEquals(1, scale.max());
        assertEquals(new NiceScale(0.2, 1, 0.2), range.scale(5, false, OptionalDouble.empty(), OptionalDouble.of(1)));
    }

    private static List<String> labels(NiceScale scale) {
        return Arrays.stream(scale.ticks()).mapToObj(scale::format).toList();
    }

    @Test
    void givenASeriesFlatButForRoundingNoiseThenTheLabelsAreShortAndOpenAroundIt() {
        NiceScale scale = NiceScale.covering(-0.1815, -0.18149999999999977, 4);

        assertTrue(scale.min() < -0.19 && scale.max() > -0.17, scale.toString());
        for (String label : labels(scale)) {
            assertTrue(label.length() <= 5, label);
        }
        assertEquals(List.of("-0.20", "-0.18", "-0.16"), labels(scale));
    }

    @Test
    void givenANearlyFlatSeriesThenTheScaleOpensToAThousandthOfItsSize() {
        NiceScale scale = NiceScale.covering(1000, 1000.2, 5);

        assertEquals(List.of("999.5", "1000.0", "1000.5", "1001.0"), labels(scale));
    }

    @Test
    void givenAnExactRangeNarrowerThanTheStepItWouldGetThenItStillHasThreeTicks() {
        NiceScale scale = NiceScale.exactly(-1.16, 1.16, 3);

        assertArrayEquals(new double[] {-1, 0, 1}, scale.ticks());
        assertEquals(-1.16, scale.min());
        assertEquals(List.of("-1", "0", "1"), labels(scale));
    }

    @Test
    void givenLargeValuesThenLabelsCountThousandsMillionsAndBillions() {
        assertEquals(List.of("0", "20k", "40k", "60k"), labels(NiceScale.covering(0, 48_000, 5)));
        assertEquals(List.of("0", "0.5M", "1.0M", "1.5M", "2.0M", "2.5M"),
                labels(NiceScale.covering(0, 2_100_000, 6)));
        assertEquals(List.of("0", "1G", "2G"), labels(NiceScale.covering(0, 2e9, 3)));
        assertEquals(List.of("0", "2000", "4000", "6000", "8000"), labels(NiceScale.covering(0, 8000, 5)));
        assertEquals(List.of("-20k", "-10k", "0", "10k"), labels(NiceScale.covering(-15_000, 5_000, 4)));
    }
}
