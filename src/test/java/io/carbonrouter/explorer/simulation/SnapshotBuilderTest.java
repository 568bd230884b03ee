package io.carbonrouter.explorer.simulation;

import io.carbonrouter.explorer.engine.ForecastSnapshot;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

class SnapshotBuilderTest {

    private static Scenario week(double slotMinutes) {
        double[] curve = new double[336];
        for (int i = 0; i < curve.length; i++) {
            curve[i] = 100 + (i * 37) % 200;
        }
        return Scenario.builder().intensity(curve).slotMinutes(slotMinutes).repeat(true).steps(OptionalInt.of(2000))
                .start(Optional.of(Instant.parse("2030-01-01T00:00:00Z"))).build();
    }

    @Test
    void sharedTableHoldsTheSnapshotsARunBuildsItself() {
        // given a repeating scenario with an odd slot length
        Scenario s = week(7.5);
        // when the table is built up front and a run's own builder builds each slot on demand
        SnapshotBuilder shared = SnapshotBuilder.shared(s);
        SnapshotBuilder own = new SnapshotBuilder(s);
        // then every slot's snapshot is the same, the forecast points' times included
        for (int t = 0; t < 2000; t += 97) {
            ForecastSnapshot a = shared.at(t);
            ForecastSnapshot b = own.at(t);
            assertThat(a.intensityNow()).isEqualTo(b.intensityNow());
            assertThat(a.intensityNext()).isEqualTo(b.intensityNext());
            assertThat(a.demandNow()).isEqualTo(b.demandNow());
            assertThat(a.schedule().size()).isEqualTo(b.schedule().size());
            assertThat(a.schedule().point(3)).isEqualTo(b.schedule().point(3));
        }
    }

    @Test
    void slotStartsAreExactDurationArithmetic() {
        // given slots of 10,080 minutes (the longest allowed), far into the timeline
        Scenario s = week(10_080);
        Instant start = Instant.parse("2030-01-01T00:00:00Z");
        // when the snapshot of slot 1999 is built
        Instant first = SnapshotBuilder.shared(s).at(1999).schedule().point(0).start();
        // then its first point starts exactly 1999 slots after the start
        assertThat(first).isEqualTo(start.plus(Duration.ofMinutes(10_080).multipliedBy(1999)));
    }

    @Test
    void aTableFitsOnlyScenariosWithTheSameCurvesAndClock() {
        // given a table built for one scenario
        Scenario s = week(30);
        SnapshotBuilder shared = SnapshotBuilder.shared(s);
        // then another config fits, but another curve, horizon or forecast error does not
        assertThat(shared.fits(s.withConfig(s.config().withTargetError(0.3)))).isTrue();
        assertThat(shared.fits(s.toBuilder().intensity(new double[] {1, 2, 3}).build())).isFalse();
        assertThat(shared.fits(s.toBuilder().horizonSlots(12).build())).isFalse();
        assertThat(shared.fits(s.toBuilder().forecastError(Optional.of(new ForecastError(0, 5, 0, 0.5, 1)))
                .build())).isFalse();
    }
}
