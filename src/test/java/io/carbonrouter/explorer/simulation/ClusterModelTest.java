package io.carbonrouter.explorer.simulation;

import io.carbonrouter.explorer.simulation.ClusterModel.Part;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ClusterModelTest {

    @Test
    void theIdealModelHasNoActivePartAndTheHarnessAllButWhereARunStarts() {
        assertThat(ClusterModel.IDEAL.isIdeal()).isTrue();
        assertThat(ClusterModel.IDEAL.activeParts()).isEmpty();
        assertThat(ClusterModel.HARNESS.activeParts()).containsExactly(Part.PUBLICATION_LAG, Part.CARBON_CACHE,
                Part.EXTRA_EVALUATIONS, Part.COUNT_ON_COMPLETION, Part.CLOSED_LOAD, Part.MIN_REQUEST_TIME,
                Part.CONSUMER_THROTTLE);
    }

    @Test
    void eachPartSwitchesToItsIdealAloneAndAllOfThemGiveTheIdealModel() {
        // given a model with every part away from its ideal
        ClusterModel all = new ClusterModel(70, 45, 1, 15, 1, true, Optional.of(ClusterModel.ClosedLoad.HARNESS));
        assertThat(all.activeParts()).containsExactly(Part.values());

        ClusterModel m = all;
        for (Part p : Part.values()) {
            // when one part is switched to its ideal
            ClusterModel one = all.withIdeal(p);

            // then only that part left the active ones (the open-loop load has no consumer to throttle or hold)
            List<Part> expected = new ArrayList<>(List.of(Part.values()));
            expected.remove(p);
            if (p == Part.CLOSED_LOAD) {
                expected.removeAll(List.of(Part.MIN_REQUEST_TIME, Part.CONSUMER_THROTTLE));
            }
            assertThat(one.activeParts()).isEqualTo(expected);
            m = m.withIdeal(p);
        }
        assertThat(m).isEqualTo(ClusterModel.IDEAL);
    }

    @Test
    void partsHaveKeysThatNameThemBack() {
        for (Part p : Part.values()) {
            assertThat(Part.of(p.key())).contains(p);
        }
        assertThat(Part.COUNT_ON_COMPLETION.key()).isEqualTo("count-on-completion");
        assertThat(Part.of("no-such-part")).isEmpty();
    }
}
