package io.carbonrouter.explorer.ui.chart.skin;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class CurveEditsTest {

    @Test
    void givenAStrokeBetweenTwoStepsThenTheStepsBetweenLieOnTheLine() {
        double[] curve = {9, 9, 9, 9, 9, 9};

        double[] drawn = CurveEdits.line(curve, 1, 4, 1, 10, 4, 40);

        assertArrayEquals(new double[] {9, 10, 20, 30, 40, 9}, drawn, 1e-9);
        assertArrayEquals(new double[] {9, 9, 9, 9, 9, 9}, curve, "the input is left alone");
    }

    @Test
    void givenAStrokeShorterThanItsStepsThenTheEndsAreHeldLevel() {
        double[] drawn = CurveEdits.line(new double[5], 0, 4, 1.5, 10, 2.5, 20);

        assertArrayEquals(new double[] {10, 10, 15, 20, 20}, drawn, 1e-9);
    }

    @Test
    void givenAStrokePastTheEndsOrBelowZeroThenItIsClipped() {
        double[] drawn = CurveEdits.line(new double[] {1, 1, 1}, -4, 9, 0, -5, 2, -5);

        assertArrayEquals(new double[] {0, 0, 0}, drawn);
    }

    @Test
    void givenANegativeValueWhenSettingAPointThenItIsZero() {
        double[] curve = {3, 4};

        assertArrayEquals(new double[] {3, 0}, CurveEdits.set(curve, 1, -2));
        assertEquals(4, curve[1]);
    }
}
