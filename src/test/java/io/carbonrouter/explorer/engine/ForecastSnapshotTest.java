package io.carbonrouter.explorer.engine;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** A snapshot's values, its equality, and what the engine derives from it once for every run that reads it. */
class ForecastSnapshotTest {

    private static final double[] CURVE = {210, 180, 150, 320, 90, 240, 260, 130};

    private static ForecastSnapshot snapshot(ForecastSchedule schedule) {
        return new ForecastSnapshot(OptionalDouble.of(210), OptionalDouble.of(180), OptionalDouble.of(5),
                OptionalDouble.empty(), schedule);
    }

    private static ForecastSchedule schedule() {
        return new ForecastSchedule(CURVE, 0, 6, Instant.EPOCH, Duration.ofMinutes(30));
    }

    @Test
    void aDerivationIsWorkedOutOnceAndEachDerivationKeepsItsOwnValue() {
        ForecastSnapshot s = snapshot(schedule());
        AtomicInteger calls = new AtomicInteger();
        Function<ForecastSnapshot, Double> cleanest = x -> {
            calls.incrementAndGet();
            double min = Double.POSITIVE_INFINITY;
            for (int i = 0; i < x.schedule().size(); i++) {
                min = Math.min(min, x.schedule().raw(i));
            }
            return min;
        };
        Function<ForecastSnapshot, String> label = x -> "now " + x.intensityNow().getAsDouble();

        assertThat(s.derived(cleanest)).isEqualTo(90.0);
        assertThat(s.derived(label)).isEqualTo("now 210.0");
        assertThat(s.derived(cleanest)).isEqualTo(90.0);
        assertThat(s.derived(label)).isEqualTo("now 210.0");
        assertThat(calls).hasValue(1);
        assertThat(snapshot(schedule()).derived(cleanest)).as("another snapshot works its own out").isEqualTo(90.0);
        assertThat(calls).hasValue(2);
    }

    @Test
    void threadsReadingOneSnapshotAllSeeTheDerivedValue() throws Exception {
        ForecastSnapshot s = snapshot(schedule());
        List<Function<ForecastSnapshot, Double>> derivations = new ArrayList<>();
        for (int k = 0; k < 8; k++) {
            double offset = k;
            derivations.add(x -> x.intensityNow().getAsDouble() + offset);
        }
        List<Double> seen = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                for (int k = 0; k < derivations.size(); k++) {
                    seen.add(s.derived(derivations.get(k)) - k);
                }
            });
            thread.start();
            threads.add(thread);
        }
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(seen).hasSize(32).containsOnly(210.0);
    }

    @Test
    void snapshotsWithTheSameValuesAreEqualWhateverTheyDerived() {
        ForecastSchedule schedule = schedule();
        ForecastSnapshot a = snapshot(schedule);
        ForecastSnapshot b = snapshot(schedule);
        a.derived(x -> 1.0);

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(snapshot(new ForecastSchedule(CURVE, 1, 6, Instant.EPOCH, Duration.ofMinutes(30))));
        assertThat(a.toString()).startsWith("ForecastSnapshot[intensityNow=OptionalDouble[210.0]");
    }
}
