package io.carbonrouter.explorer.simulation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A clock's equality is a record's: every component, doubles as {@link Double#compare} sees them. */
class TickClockTest {

    private static final TickClock CLOCK = new TickClock(15, 1800, 2_102_400, false, 120);

    @Test
    void clocksWithTheSameComponentsAreEqualAndHashAlike() {
        TickClock same = new TickClock(15, 1800, 2_102_400, false, 120);

        assertThat(CLOCK).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(new TickClock(Double.NaN, 1800, 1, true, 0)).isEqualTo(new TickClock(Double.NaN, 1800, 1, true, 0));
    }

    @Test
    void anyComponentThatDiffersMakesThemDiffer() {
        List<TickClock> others = List.of(new TickClock(30, 1800, 2_102_400, false, 120),
                new TickClock(15, 900, 2_102_400, false, 120), new TickClock(15, 1800, 2_102_399, false, 120),
                new TickClock(15, 1800, 2_102_400, true, 120), new TickClock(15, 1800, 2_102_400, false, 0),
                new TickClock(15, 1800, 2_102_400, false, -0.0));

        for (TickClock other : others) {
            assertThat(CLOCK).isNotEqualTo(other);
        }
        assertThat(new TickClock(15, 1800, 1, true, 0.0)).isNotEqualTo(new TickClock(15, 1800, 1, true, -0.0));
        assertThat(CLOCK).isNotEqualTo(null).isNotEqualTo("a clock");
    }
}
