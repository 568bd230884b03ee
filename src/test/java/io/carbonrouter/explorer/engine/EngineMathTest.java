package io.carbonrouter.explorer.engine;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine's min, max and clamp are Python's, down to NaN and the sign of zero. */
class EngineMathTest {

    private static final double NAN = Double.NaN;

    @Test
    void minAndMaxKeepTheFirstArgumentUnlessTheSecondIsStrictlyBeyondIt() {
        // Python: min(0.0, -0.0) == 0.0 and min(-0.0, 0.0) == -0.0 (the first of equals); Math.min says -0.0
        assertThat(EngineMath.min(0.0, -0.0)).isEqualTo(0.0);
        assertThat(EngineMath.min(-0.0, 0.0)).isEqualTo(-0.0);
        assertThat(EngineMath.max(-0.0, 0.0)).isEqualTo(-0.0);
        assertThat(EngineMath.max(0.0, -0.0)).isEqualTo(0.0);
        // Python: min(1.0, nan) == 1.0, min(nan, 1.0) is nan; Math.min is NaN both ways
        assertThat(EngineMath.min(1.0, NAN)).isEqualTo(1.0);
        assertThat(EngineMath.min(NAN, 1.0)).isNaN();
        assertThat(EngineMath.max(1.0, NAN)).isEqualTo(1.0);
        assertThat(EngineMath.max(NAN, 1.0)).isNaN();
        assertThat(EngineMath.min(2.0, 1.0)).isEqualTo(1.0);
        assertThat(EngineMath.max(2.0, 1.0)).isEqualTo(2.0);
    }

    @Test
    void clampIsMaxOfLowAndMinOfValueAndHigh() {
        assertThat(EngineMath.clamp(1.5, 0.0, 1.0)).isEqualTo(1.0);
        assertThat(EngineMath.clamp(-0.5, 0.0, 1.0)).isEqualTo(0.0);
        assertThat(EngineMath.clamp(0.25, 0.0, 1.0)).isEqualTo(0.25);
        // lo wins over hi, as max(lo, min(x, hi)) gives
        assertThat(EngineMath.clamp(0.5, 0.8, 0.2)).isEqualTo(0.8);
        // Python: max(0.0, min(nan, 1.0)) == 0.0
        assertThat(EngineMath.clamp(NAN, 0.0, 1.0)).isEqualTo(0.0);
        assertThat(EngineMath.clamp(-0.0, 0.0, 1.0)).isEqualTo(0.0);
    }

    @Property
    void agreesWithMathMinAndMaxAwayFromNanAndZeroTies(@ForAll double a, @ForAll double b) {
        if (Double.isNaN(a) || Double.isNaN(b) || a == 0.0 && b == 0.0) {
            return;
        }
        assertThat(EngineMath.min(a, b)).isEqualTo(Math.min(a, b));
        assertThat(EngineMath.max(a, b)).isEqualTo(Math.max(a, b));
    }
}
