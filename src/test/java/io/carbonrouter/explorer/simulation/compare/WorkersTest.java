package io.carbonrouter.explorer.simulation.compare;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

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
    void rampingUpOnTwoThreadsTheSecondWaitsUntilATenthOfTheJobsAreDone() {
        List<String> ranBy = Collections.synchronizedList(new ArrayList<>());

        List<Integer> results = new Workers(2).rampingUp(Duration.ofSeconds(30)).map(40, (i, stop) -> {
            ranBy.add(i + " " + Thread.currentThread().getName());
            return i * i;
        }, () -> false, Progress.NONE);

        assertThat(results).containsExactlyElementsOf(IntStream.range(0, 40).map(i -> i * i).boxed().toList());
        // jobs 0 to 3 (a tenth) all on the first thread, in order: the other took no job before
        List<String> first = ranBy.subList(0, 4);
        String thread = first.get(0).substring(2);
        assertThat(first).containsExactly("0 " + thread, "1 " + thread, "2 " + thread, "3 " + thread);
    }

    @Test
    void rampingUpOnMoreThreadsOnlyTheLastWaits() {
        List<String> ranBy = Collections.synchronizedList(new ArrayList<>());

        new Workers(3).rampingUp(Duration.ofSeconds(30)).map(40, (i, stop) -> {
            ranBy.add(Thread.currentThread().getName());
            return i;
        }, () -> false, Progress.NONE);

        assertThat(ranBy.subList(0, 4).stream().distinct().count()).as("threads on the first tenth")
                .isLessThanOrEqualTo(2);
    }

    @Test
    void rampingUpTheOtherThreadsJoinAfterTheWaitWhenTheFirstJobIsLong() {
        CountDownLatch second = new CountDownLatch(1);

        List<Integer> results = assertTimeoutPreemptively(Duration.ofSeconds(20), () ->
                new Workers(2).rampingUp(Duration.ofMillis(100)).map(2, (i, stop) -> {
                    if (i == 0) {
                        // the first job ends only once another thread has run the second
                        awaitQuietly(second);
                    } else {
                        second.countDown();
                    }
                    return i;
                }, () -> false, Progress.NONE));

        assertThat(results).containsExactly(0, 1);
    }

    @Test
    void aRampIsNeverNegative() {
        assertThatThrownBy(() -> new Workers(2).rampingUp(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
