package io.carbonrouter.explorer.ui.curves;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CurveTransformsTest {

    @Property
    void everyTransformGivesANewArrayOfFiniteNonNegativeValues(@ForAll("curves") double[] curve,
            @ForAll @DoubleRange(min = -1e6, max = 1e6) double amount, @ForAll @IntRange(min = 1, max = 50) int window,
            @ForAll long seed) {
        double[] before = curve.clone();
        List<double[]> results = List.of(CurveTransforms.scale(curve, amount), CurveTransforms.shift(curve, amount),
                CurveTransforms.smooth(curve, window), CurveTransforms.addNoise(curve, Math.abs(amount), seed));
        for (double[] result : results) {
            assertNotSame(curve, result);
            assertEquals(curve.length, result.length);
            assertTrue(Arrays.stream(result).allMatch(v -> Double.isFinite(v) && v >= 0), Arrays.toString(result));
        }
        assertArrayEquals(before, curve, "the input is left alone");
    }

    @Property
    void presetsGiveFiniteNonNegativeValues(@ForAll @IntRange(max = 3000) int n,
            @ForAll @IntRange(min = 1, max = 1440) int slot, @ForAll @DoubleRange(min = 0, max = 1000) double base,
            @ForAll @DoubleRange(min = -1000, max = 1000) double dip, @ForAll long seed) {
        for (double[] curve : List.of(CurveTransforms.flat(n, base), CurveTransforms.dailySun(n, slot, base, dip),
                CurveTransforms.windyWeek(n, slot, seed), CurveTransforms.spike(n, base, n / 2, 3, dip))) {
            assertEquals(n, curve.length);
            assertTrue(Arrays.stream(curve).allMatch(v -> Double.isFinite(v) && v >= 0));
        }
    }

    @Test
    void givenHalfHourSlotsWhenDailySunThenNoonDipsAndTheEveningPeaks() {
        double[] day = CurveTransforms.dailySun(48, 30, 300, 200);

        assertEquals(300, day[0], 1e-3, "midnight is the base");
        assertEquals(100, day[24], 1, "noon is the base less the dip");
        assertTrue(day[38] > 340, "19:00 peaks above the base: " + day[38]);
        assertEquals(Arrays.stream(day).min().orElseThrow(), day[24]);
    }

    @Test
    void givenASeedWhenWindyWeekThenTheCurveRepeatsAndStaysInItsRange() {
        double[] a = CurveTransforms.windyWeek(2016, 5, 42);

        assertArrayEquals(a, CurveTransforms.windyWeek(2016, 5, 42));
        assertFalse(Arrays.equals(a, CurveTransforms.windyWeek(2016, 5, 43)));
        assertTrue(Arrays.stream(a).allMatch(v -> v >= 90 && v <= 350));
    }

    @Test
    void givenASpikeThenExactlyItsStepsAreRaised() {
        assertArrayEquals(new double[] {10, 10, 60, 60, 10}, CurveTransforms.spike(5, 10, 2, 2, 50));
        assertArrayEquals(new double[] {10, 10, 10}, CurveTransforms.spike(3, 10, 5, 4, 50));
        assertArrayEquals(new double[] {0, 0, 10}, CurveTransforms.spike(3, 10, 0, 2, -50));
    }

    @Test
    void givenAShiftBelowZeroThenValuesStopAtZero() {
        assertArrayEquals(new double[] {0, 0, 5}, CurveTransforms.shift(new double[] {10, 20, 35}, -30));
        assertArrayEquals(new double[] {5, 10, 0}, CurveTransforms.scale(new double[] {10, 20, -4}, 0.5));
    }

    @Test
    void givenAPeakWhenSmoothedThenItSpreadsOverTheCentredWindow() {
        assertArrayEquals(new double[] {0, 1, 1, 1, 0}, CurveTransforms.smooth(new double[] {0, 0, 3, 0, 0}, 3));
        assertArrayEquals(new double[] {0, 0, 3, 0, 0}, CurveTransforms.smooth(new double[] {0, 0, 3, 0, 0}, 1));
        assertArrayEquals(new double[] {4, 4, 4}, CurveTransforms.smooth(new double[] {4, 4, 4}, 10));
    }

    @Test
    void givenASeedWhenAddingNoiseThenItRepeatsAndStaysWithinTheAmplitude() {
        double[] flat = CurveTransforms.flat(500, 100);

        double[] noisy = CurveTransforms.addNoise(flat, 5, 1);

        assertArrayEquals(noisy, CurveTransforms.addNoise(flat, 5, 1));
        assertFalse(Arrays.equals(noisy, CurveTransforms.addNoise(flat, 5, 2)));
        assertTrue(Arrays.stream(noisy).allMatch(v -> v >= 95 && v <= 105));
        assertTrue(Arrays.stream(noisy).anyMatch(v -> v != 100));
    }

    @Test
    void givenNonFiniteParametersThenTheyAreRefusedWithTheirName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CurveTransforms.scale(new double[1], Double.NaN));
        assertEquals("factor must be a finite number: NaN", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CurveTransforms.smooth(new double[1], 0));
        assertThrows(IllegalArgumentException.class, () -> CurveTransforms.dailySun(4, 0, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> CurveTransforms.addNoise(new double[1], -1, 0));
        assertThrows(IllegalArgumentException.class, () -> CurveTransforms.flat(-1, 0));
    }

    @Provide
    Arbitrary<double[]> curves() {
        Arbitrary<Double> value = Arbitraries.frequencyOf(
                Tuple.of(10, Arbitraries.doubles().between(0, 1e4)),
                Tuple.of(1, Arbitraries.of(Double.NaN, -3.0, Double.POSITIVE_INFINITY, Double.MAX_VALUE)));
        return value.array(double[].class).ofMaxSize(300);
    }
}
