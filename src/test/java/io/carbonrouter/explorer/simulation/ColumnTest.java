package io.carbonrouter.explorer.simulation;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ColumnTest {

    /** Values that hold for {@code hold} steps at a time, with NaN, -0.0 and 0.0 among them. */
    private static double[] series(int steps, int hold, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] values = new double[steps];
        double[] special = {Double.NaN, -0.0, 0.0, 1e-300};
        double v = 0;
        for (int t = 0; t < steps; t++) {
            if (t % hold == 0) {
                v = random.nextInt(5) == 0 ? special[random.nextInt(special.length)] : random.nextDouble();
            }
            values[t] = v;
        }
        return values;
    }

    private static void assertSameBits(double expected, double actual, int t) {
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual), "step " + t);
    }

    @Test
    void givenValuesThatHoldOrChangeEveryStepThenEveryStepReadsBackBitForBit() {
        for (int hold : new int[] {1, 2, 3, 120, 5000}) {
            double[] values = series(20_000, hold, hold);
            Column c = new Column(values.length, false);
            for (int t = 0; t < values.length; t++) {
                c.append(t, values[t]);
            }
            for (int t = 0; t < values.length; t++) {
                assertSameBits(values[t], c.at(t), t);
            }
        }
    }

    @Test
    void givenAViewWhenTheColumnGoesOnAndTurnsDenseThenTheViewStillReadsItsSteps() {
        double[] values = series(10_000, 100, 3);
        for (int t = 5000; t < values.length; t++) {
            values[t] = t;
        }
        Column c = new Column(values.length, false);
        Column view = null;
        for (int t = 0; t < values.length; t++) {
            c.append(t, values[t]);
            if (t == 4999) {
                view = c.view(5000);
            }
        }
        assertEquals(5000, view.length());
        for (int t = 0; t < 5000; t++) {
            assertSameBits(values[t], view.at(t), t);
        }
        for (int t = 0; t < values.length; t++) {
            assertSameBits(values[t], c.at(t), t);
        }
        assertThrows(IllegalStateException.class, () -> c.view(3).append(3, 1.0));
    }

    @Test
    void givenWholeNumbersThenTheyReadBackAndStepsGoInOrder() {
        Column c = new Column(1000, true);
        for (int t = 0; t < 1000; t++) {
            c.append(t, t % 7 == 0 ? t : t / 3);
        }
        for (int t = 0; t < 1000; t++) {
            assertEquals(t % 7 == 0 ? t : t / 3, c.at(t));
        }
        assertThrows(IllegalArgumentException.class, () -> c.append(5, 1.0));
    }

    @Test
    void givenAResizeOrAResetThenTheStepsKeptAreTheFirstOnes() {
        double[] values = series(3000, 2, 9);
        Column c = new Column(3000, false);
        for (int t = 0; t < values.length; t++) {
            c.append(t, values[t]);
        }
        Column shorter = c.resized(1000, 4000);
        assertEquals(1000, shorter.length());
        assertEquals(4000, shorter.capacity());
        shorter.append(1000, 42.0);
        for (int t = 0; t < 1000; t++) {
            assertSameBits(values[t], shorter.at(t), t);
        }
        assertSameBits(42.0, shorter.at(1000), 1000);
        c.reset();
        c.append(0, 7.0);
        assertSameBits(7.0, c.at(0), 0);
    }

    @Test
    void givenAnAliasThenTheColumnRepeatsItUntilAStepDiffersAndThenKeepsItsOwnValues() {
        double[] values = series(5000, 1, 5);
        Column source = new Column(values.length, false);
        Column copy = new Column(values.length, false, source);
        Column view = null;
        for (int t = 0; t < values.length; t++) {
            source.append(t, values[t]);
            copy.append(t, t < 3000 ? values[t] : -values[t]);
            if (t == 2999) {
                view = copy.view(3000);
            }
        }
        for (int t = 0; t < values.length; t++) {
            assertSameBits(t < 3000 ? values[t] : -values[t], copy.at(t), t);
        }
        for (int t = 0; t < 3000; t++) {
            assertSameBits(values[t], view.at(t), t);
        }
    }
}
