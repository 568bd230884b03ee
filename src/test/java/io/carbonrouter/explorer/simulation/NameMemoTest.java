package io.carbonrouter.explorer.simulation;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NameMemoTest {

    @Test
    void givenTheSameNamesInTheSameSlotsWhenAskedAgainThenEachIsLookedUpOnce() {
        List<String> asked = new ArrayList<>();
        NameMemo memo = new NameMemo(name -> {
            asked.add(name);
            return name.length();
        });
        for (int step = 0; step < 3; step++) {
            assertThat(memo.of(0, "a")).isEqualTo(1.0);
            assertThat(memo.of(1, "bbb")).isEqualTo(3.0);
        }
        assertThat(asked).containsExactly("a", "bbb");
    }

    @Test
    void givenAnotherNameInASlotOrASlotPastTheFirstFourWhenAskedThenItIsLookedUp() {
        NameMemo memo = new NameMemo(String::length);
        assertThat(memo.of(0, "a")).isEqualTo(1.0);
        assertThat(memo.of(0, "cc")).isEqualTo(2.0);
        assertThat(memo.of(9, "ninechars")).isEqualTo(9.0);
        assertThat(memo.of(0, "cc")).isEqualTo(2.0);
    }
}
