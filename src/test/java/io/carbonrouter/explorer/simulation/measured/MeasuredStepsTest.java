package io.carbonrouter.explorer.simulation.measured;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MeasuredStepsTest {

    /** Samples every 5 s of two flavours (30 % and 100 %), a carbon gauge. */
    private static MeasuredRun run() {
        double[] elapsed = {5, 10, 15, 20, 25, 30, 50};
        double[][] requests = {{1, 1, 1, 3, 3, 3, 9}, {3, 3, 3, 1, 1, 1, 0}};
        double[] carbon = {100, 100, 100, 200, 200, Double.NaN, 300};
        return new MeasuredRun("m.csv", elapsed, new int[] {30, 100}, requests, Map.of("carbon_now", carbon));
    }

    @Test
    void samplesSumIntoTheStepWhoseIntervalHoldsThem() {
        MeasuredSteps s = MeasuredSteps.of(run(), 15, 4, 0);

        assertArrayEquals(new double[] {3, 9, 0, 9}, s.requests()[0]);
        assertArrayEquals(new double[] {9, 3, 0, 0}, s.requests()[1]);
        assertArrayEquals(new double[] {100, 200, Double.NaN, 300}, s.gauge("carbon_now"));
        assertFalse(s.sampled()[2]);
        assertEquals((3 * 0.3 + 9 * 1.0) / 12, s.precision(0), 1e-12);
        assertEquals(0.25, s.share(0, 0), 1e-12);
        assertTrue(Double.isNaN(s.precision(2)), "a step without samples is a gap");
    }

    @Test
    void anOffsetShiftsTheSamplesAndDropsThoseOutsideTheRun() {
        MeasuredSteps s = MeasuredSteps.of(run(), 15, 2, 15);

        assertArrayEquals(new double[] {0, 3}, s.requests()[0]);
        assertTrue(Double.isNaN(s.gauge("carbon_now")[0]));
        assertTrue(Double.isNaN(s.gauge("no such gauge")[1]));
    }

    @Test
    void aSampleOnAStepBoundaryBelongsToTheStepItEnds() {
        assertEquals(0, MeasuredSteps.stepOf(15, 15));
        assertEquals(1, MeasuredSteps.stepOf(15.1, 15));
        assertEquals(0, MeasuredSteps.stepOf(0, 15));
        assertEquals(-1, MeasuredSteps.stepOf(-1, 15));
    }
}
