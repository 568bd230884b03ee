package io.carbonrouter.explorer.engine;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/** The storage Weights and PolicyDiagnostics build on: order kept, growth, and a builder empty after build. */
class NamedDoublesBuilderTest {

    @Test
    void givenANamePutTwiceThenWeightsReplaceItInPlaceAndDiagnosticsKeepBoth() {
        Weights w = new Weights.Builder(1).put("b", 1).put("a", 2).put("b", 3).build();
        PolicyDiagnostics d = PolicyDiagnostics.builder(1).put("b", 1).put("a", 2).put("b", 3).build();

        assertThat(w.names()).containsExactly("b", "a");
        assertThat(w.get("b")).isEqualTo(3.0);
        assertThat(d.names()).containsExactly("b", "a", "b");
        assertThat(d.raw(2)).isEqualTo(3.0);
    }

    @Test
    void givenMoreEntriesThanTheCapacityThenTheBuilderGrowsAndTheValueHasExactlyThem() {
        Weights.Builder b = new Weights.Builder(2);
        List<String> names = List.of("f0", "f1", "f2", "f3", "f4", "f5", "f6", "f7", "f8");
        names.forEach(n -> b.put(n, names.indexOf(n)));

        Weights w = b.normalise().build();

        assertThat(w.names()).isEqualTo(names);
        assertThat(w.sum()).isCloseTo(1.0, offset(1e-12));
        assertThat(w.value(8) / w.value(1)).isCloseTo(8.0, offset(1e-12));
    }

    @Test
    void givenABuiltValueThenTheBuilderStartsEmptyAndLaterPutsDoNotReachTheValue() {
        PolicyDiagnostics.Builder b = PolicyDiagnostics.builder(2);
        PolicyDiagnostics first = b.put("x", 1).put("y", OptionalDouble.empty()).build();

        PolicyDiagnostics second = b.put("z", 5).build();

        assertThat(first.names()).containsExactly("x", "y");
        assertThat(first.value(1)).isEmpty();
        assertThat(second.names()).containsExactly("z");
        assertThat(b.size()).isZero();
    }
}
