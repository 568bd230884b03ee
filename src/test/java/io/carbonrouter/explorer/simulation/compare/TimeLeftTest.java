package io.carbonrouter.explorer.simulation.compare;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class TimeLeftTest {

    private final AtomicLong now = new AtomicLong(5_000_000_000L);
    private final TimeLeft timeLeft = new TimeLeft(now::get);

    @Test
    void theTimeLeftIsThePaceSoFarTimesTheJobsToGo() {
        now.addAndGet(20_000_000_000L);

        assertThat(timeLeft.nanosLeft(10, 70)).isEqualTo(120_000_000_000L);
        assertThat(timeLeft.words(10, 70)).isEqualTo("about 2 min 00 s left");
        assertThat(timeLeft.words(69, 70)).isEqualTo("under a second left");
    }

    @Test
    void nothingIsSaidBeforeTheFirstJobNorAfterTheLast() {
        now.addAndGet(3_000_000_000L);

        assertThat(timeLeft.nanosLeft(0, 70)).isEqualTo(-1);
        assertThat(timeLeft.words(0, 70)).isEmpty();
        assertThat(timeLeft.words(70, 70)).isEmpty();
    }

    @Test
    void durationsReadInSecondsMinutesOrHours() {
        assertThat(TimeLeft.duration(4_400_000_000L)).isEqualTo("4 s");
        assertThat(TimeLeft.duration(80_000_000_000L)).isEqualTo("1 min 20 s");
        assertThat(TimeLeft.duration(7_500_000_000_000L)).isEqualTo("2 h 05 min");
    }
}
