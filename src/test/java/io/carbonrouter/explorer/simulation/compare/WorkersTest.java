package io.carbonrouter.explorer.simulation.compare;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkersTest {

    @Test
    void resultsComeBackInJobOrderWhateverThreadRanThem() {
        List<Integer> results = new Workers(3).map(200, (i, stop) -> {
            if (i % 7 == 0) {
                Thread.onSpinWait();
            }
            return i * i;
        }, () -> false, Progress.NONE);

        assertThat(results).containsExactlyElementsOf(IntStream.range(0, 200).map(i -> i * i).boxed().toList());
    }

    @Test
    void progressRisesToTheTotalOneCallAtATime() {
        List<Integer> seen = Collections.synchronizedList(new ArrayList<>());

        new Workers(2).map(50, (i, stop) -> i, () -> false, (done, total) -> seen.add(done));

        assertThat(seen).containsExactlyElementsOf(IntStream.rangeClosed(1, 50).boxed().toList());
    }

    @Test
    void forEachLetsJobsKeepTheirOwnResultsAndShowsThemToTheCaller() {
        long[] squares = new long[500];

        new Workers(3).forEach(squares.length, (i, stop) -> squares[i] = (long) i * i, () -> false, Progress.NONE);

        assertThat(squares).containsExactly(IntStream.range(0, 500).mapToLong(i -> (long) i * i).toArray());
    }

    @Test
    void theFirstFailureIsRethrownAndLaterJobsDoNotStart() {
        AtomicInteger started = new AtomicInteger();

        assertThatThrownBy(() -> Workers.callingThread().map(10, (i, stop) -> {
            started.incrementAndGet();
            if (i == 3) {
                throw new IllegalStateException("job 3 broke");
            }
            return i;
        }, () -> false, Progress.NONE)).isInstanceOf(IllegalStateException.class).hasMessage("job 3 broke");
        assertThat(started).hasValue(4);
    }

    @Test
    void aFailureOnAWorkerThreadReachesTheCaller() {
        assertThatThrownBy(() -> new Workers(2).map(20, (i, stop) -> {
            if (i == 11) {
                throw new IllegalArgumentException("bad job");
            }
            return i;
        }, () -> false, Progress.NONE)).isInstanceOf(IllegalArgumentException.class).hasMessage("bad job");
    }

    @Test
    void cancellingStopsTheBatch() {
        AtomicInteger done = new AtomicInteger();

        assertThatThrownBy(() -> new Workers(2).map(1000, (i, stop) -> done.incrementAndGet(),
                () -> done.get() >= 10, Progress.NONE)).isInstanceOf(CancellationException.class);
        assertThat(done.get()).isLessThan(1000);
    }

    @Test
    void aJobSeesTheCancellation() {
        assertThatThrownBy(() -> Workers.callingThread().map(1, (i, stop) -> {
            if (stop.getAsBoolean()) {
                throw new CancellationException("seen");
            }
            return i;
        }, new java.util.function.BooleanSupplier() {
            private int polls;

            @Override
            public boolean getAsBoolean() {
                return polls++ > 0;
            }
        }, Progress.NONE)).isInstanceOf(CancellationException.class).hasMessage("seen");
    }

    @Test
    void zeroThreadsIsRefused() {
        assertThatThrownBy(() -> new Workers(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
