package io.carbonrouter.explorer.simulation;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A timeline must end by the latest printable time, to the whole minute as the check counts it. */
class TimelineValidationTest {

    private static List<String> problems(String start) {
        Scenario s = Scenario.builder().intensity(1, 2).slotMinutes(30).start(Optional.of(Instant.parse(start)))
                .build();
        return ScenarioValidator.validate(s).stream().map(Problem::path).toList();
    }

    @Test
    void aTimelineThatEndsOnTheLatestTimeIsKept() {
        assertThat(Limits.LATEST_TIME).isEqualTo(Instant.parse("9999-12-31T23:59:59Z"));
        // two steps of 30 minutes: an hour up to the latest time
        assertThat(problems("9999-12-31T22:59:59Z")).isEmpty();
        assertThat(problems("2030-01-01T00:00:00Z")).isEmpty();
    }

    @Test
    void aTimelineThatEndsAfterItIsRefusedEvenByLessThanAMinute() {
        assertThat(problems("9999-12-31T22:59:59.500Z")).containsExactly("start");
        assertThat(problems("9999-12-31T23:00:00Z")).containsExactly("start");
    }
}
