package io.carbonrouter.explorer.engine;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The integer weights round {@code (w / total) * 100} half to even, in that order, as the engine does. */
class IntegerWeightsTest {

    @Test
    void aShareOnAHalfPercentRoundsAsTheEngineComputesIt() {
        // total 0.9999999999999998: (w / total) * 100 is exactly 6.5 (-> 6), while 100 * w / total is
        // 6.500000000000001 (-> 7); the engine publishes 6 and 94.
        Decision d = new Decision();
        d.put("precision-100", 1.0, 0.06499999999999999);
        d.put("precision-30", 0.3, 0.9349999999999998);
        int[] scaled = new int[2];
        IntegerWeights.into(d, scaled);
        assertThat(scaled).containsExactly(6, 94);
    }

    @Test
    void theRoundingRemainderGoesToTheFirstLargest() {
        Decision d = new Decision();
        d.put("a", 1.0, 0.125);
        d.put("b", 0.5, 0.375);
        d.put("c", 0.3, 0.375);
        d.put("d", 0.1, 0.125);
        int[] scaled = new int[4];
        IntegerWeights.into(d, scaled);
        // 12.5 -> 12, 37.5 -> 38, 37.5 -> 38, 12.5 -> 12: sum 100, nothing to move
        assertThat(scaled).containsExactly(12, 38, 38, 12);
    }
}
