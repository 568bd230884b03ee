package io.carbonrouter.explorer.ui.chart.skin;

import io.carbonrouter.explorer.ui.chart.SeriesValues;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DecimatorTest {

    @Property
    void columnsPartitionTheStepsInOrder(@ForAll @IntRange(max = 5000) int from,
                                         @ForAll @IntRange(max = 200_000) int span,
                                         @ForAll @IntRange(min = 1, max = 4000) int columns) {
        int to = from + span;
        assertEquals(from, Decimator.columnStart(from, to, columns, 0));
        assertEquals(to, Decimator.columnStart(from, to, columns, columns));
        for (int c = 0; c < columns; c++) {
            int width = Decimator.columnStart(from, to, columns, c + 1) - Decimator.columnStart(from, to, columns, c);
            assertTrue(width >= span / columns && width <= span / columns + 1, "column " + c + " width " + width);
        }
    }

    @Property
    void envelopeOfEachColumnIsThatOfItsSteps(@ForAll("series") double[] values,
                                              @ForAll @IntRange(min = 1, max = 64) int columns) {
        int from = values.length / 4;
        int to = values.length;
        Envelope e = Decimator.envelope(SeriesValues.of(values), from, to, columns);
        for (int c = 0; c < columns; c++) {
            double[] bucket = finite(values, Decimator.columnStart(from, to, columns, c),
                    Decimator.columnStart(from, to, columns, c + 1));
            if (bucket.length == 0) {
                assertTrue(e.isGap(c));
                continue;
            }
            assertEquals(Arrays.stream(bucket).min().orElseThrow(), e.min()[c]);
            assertEquals(Arrays.stream(bucket).max().orElseThrow(), e.max()[c]);
            assertEquals(bucket[0], e.first()[c]);
            assertEquals(bucket[bucket.length - 1], e.last()[c]);
        }
    }

    @Property
    void meanOfEachColumnIsThatOfItsFiniteSteps(@ForAll("series") double[] values,
                                                @ForAll @IntRange(min = 1, max = 64) int columns) {
        double[] means = Decimator.means(SeriesValues.of(values), 0, values.length, columns);
        for (int c = 0; c < columns; c++) {
            double[] bucket = finite(values, Decimator.columnStart(0, values.length, columns, c),
                    Decimator.columnStart(0, values.length, columns, c + 1));
            if (bucket.length == 0) {
                assertTrue(Double.isNaN(means[c]));
            } else {
                double expected = Arrays.stream(bucket).average().orElseThrow();
                assertEquals(expected, means[c], 1e-9 * (1 + Math.abs(expected)));
            }
        }
    }

    @Property
    void theEnvelopeKeepsTheExtremesOfTheWholeRange(@ForAll("series") double[] values,
                                                    @ForAll @IntRange(min = 1, max = 300) int columns) {
        double[] all = finite(values, 0, values.length);
        Envelope e = Decimator.envelope(SeriesValues.of(values), 0, values.length, columns);
        double lowest = Arrays.stream(e.min()).filter(Double::isFinite).min().orElse(Double.NaN);
        double highest = Arrays.stream(e.max()).filter(Double::isFinite).max().orElse(Double.NaN);
        assertEquals(Arrays.stream(all).min().orElse(Double.NaN), lowest);
        assertEquals(Arrays.stream(all).max().orElse(Double.NaN), highest);
    }

    @Test
    void givenAnAllNaNColumnWhenDecimatedThenItIsAGap() {
        double[] values = {1, 2, Double.NaN, Double.NaN, 5, Double.POSITIVE_INFINITY};

        Envelope e = Decimator.envelope(SeriesValues.of(values), 0, 6, 3);

        assertArrayEquals(new double[] {1, Double.NaN, 5}, e.min());
        assertArrayEquals(new double[] {2, Double.NaN, 5}, e.max());
        assertArrayEquals(new double[] {1.5, Double.NaN, 5}, Decimator.means(SeriesValues.of(values), 0, 6, 3));
    }

    @Test
    void givenStepsPastTheEndOfTheArrayWhenDecimatedThenTheyAreGaps() {
        Envelope e = Decimator.envelope(SeriesValues.of(new double[] {4, 6}), 0, 8, 4);

        assertArrayEquals(new double[] {4, Double.NaN, Double.NaN, Double.NaN}, e.first());
        assertArrayEquals(new double[] {6, Double.NaN, Double.NaN, Double.NaN}, e.last());
    }

    @Test
    void givenNoColumnsOrABackwardRangeWhenDecimatedThenItIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Decimator.envelope(SeriesValues.of(new double[4]), 0, 4, 0));
        assertThrows(IllegalArgumentException.class, () -> Decimator.means(SeriesValues.of(new double[4]), 3, 2, 1));
    }

    @Provide
    Arbitrary<double[]> series() {
        Arbitrary<Double> value = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.doubles().between(-1e6, 1e6)),
                Tuple.of(1, Arbitraries.just(Double.NaN)));
        return value.array(double[].class).ofMinSize(0).ofMaxSize(700);
    }

    private static double[] finite(double[] values, int from, int to) {
        return Arrays.stream(values, from, Math.min(to, values.length)).filter(Double::isFinite).toArray();
    }

    @Test
    void givenViewsOfAGrowingSeriesFromOneSourceThenEachDecimatesAsTheWholeWouldFromScratch() {
        double[] all = new double[10_000];
        for (int i = 0; i < all.length; i++) {
            all[i] = i % 17 == 0 ? Double.NaN : Math.sin(i / 50.0) * (i % 7);
        }
        Object source = new Object();
        DecimationCache cache = new DecimationCache();
        for (int length : new int[] {0, 1, 63, 64, 500, 501, 4000, 9999, 10_000}) {
            int n = length;
            SeriesValues grown = SeriesValues.from(source, SeriesValues.of(n, i -> all[i]));
            SeriesValues fresh = SeriesValues.of(n, i -> all[i]);
            Envelope e = cache.envelope(grown, 0, all.length, 300);
            Envelope f = Decimator.envelope(fresh, 0, all.length, 300);
            assertArrayEquals(f.min(), e.min(), "length " + n);
            assertArrayEquals(f.max(), e.max(), "length " + n);
            assertArrayEquals(f.first(), e.first(), "length " + n);
            assertArrayEquals(f.last(), e.last(), "length " + n);
            assertArrayEquals(Decimator.means(fresh, 0, all.length, 300), cache.means(grown, 0, all.length, 300),
                    "length " + n);
        }
    }

    @Test
    void givenTwoChartsThenEachKeepsItsOwnDecimationsAndAViewThatIsItsOwnSourceIsNeverKept() {
        SeriesValues shared = SeriesValues.from("recording", SeriesValues.of(new double[] {1, 2, 3, 4}));
        DecimationCache first = new DecimationCache();
        DecimationCache second = new DecimationCache();

        first.envelope(shared, 0, 4, 2);
        first.means(SeriesValues.of(new double[] {1, 2}), 0, 2, 1);

        assertEquals(1, first.size(), "the sourced view only");
        assertEquals(0, second.size(), "nothing shared between charts");
    }

    @Test
    void givenALaterVersionOfTheSameDataThenOnlyItsNewColumnsAreReadAgain() {
        double[] all = {1, 2, 3, 4, 5, 6, 7, 8};
        int[] reads = new int[all.length];
        DecimationCache cache = new DecimationCache();
        cache.envelope(counting("run", all, 4, reads), 0, 8, 4);
        Arrays.fill(reads, 0);

        Envelope e = cache.envelope(counting("run", all, 8, reads), 0, 8, 4);

        assertArrayEquals(new int[] {0, 0, 0, 0, 1, 1, 1, 1}, reads, "the columns from the one holding step 4");
        assertArrayEquals(new double[] {2, 4, 6, 8}, e.max());
    }

    @Test
    void givenAnEarlierVersionThanTheOneKeptThenItIsDecimatedFromScratch() {
        double[] all = {1, 2, 3, 4, 5, 6, 7, 8};
        DecimationCache cache = new DecimationCache();
        cache.envelope(counting("run", all, 8, new int[8]), 0, 8, 4);

        Envelope e = cache.envelope(counting("run", all, 2, new int[8]), 0, 8, 4);

        assertArrayEquals(new double[] {2, Double.NaN, Double.NaN, Double.NaN}, e.max());
    }

    @Test
    void givenMoreDecimationsThanItsLimitThenTheCacheDropsTheEldest() {
        DecimationCache cache = new DecimationCache(2);
        for (int k = 0; k < 5; k++) {
            cache.means(SeriesValues.from("series " + k, SeriesValues.of(new double[] {k})), 0, 1, 1);
        }
        assertEquals(2, cache.size());
    }

    /** The first {@code length} of {@code all}, read from {@code source}, counting the reads of each step. */
    private static SeriesValues counting(Object source, double[] all, int length, int[] reads) {
        return SeriesValues.from(source, SeriesValues.of(length, i -> {
            reads[i]++;
            return all[i];
        }));
    }
}
