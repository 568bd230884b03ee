package io.carbonrouter.explorer.io.forecast;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Filling gaps: nothing missing afterwards, known values untouched, filled values between their neighbours. */
class GapsProperties {

    @Property(tries = 500)
    void fillsEveryGapBetweenItsNeighbours(@ForAll("curvesWithGaps") double[] values) {
        List<String> warnings = new ArrayList<>();

        double[] filled = Gaps.fill(values, "intensity", warnings);

        assertEquals(values.length, filled.length);
        for (int i = 0; i < values.length; i++) {
            assertFalse(Double.isNaN(filled[i]));
            if (!Double.isNaN(values[i])) {
                assertEquals(values[i], filled[i]);
                continue;
            }
            double before = known(values, i, -1);
            double after = known(values, i, +1);
            double lo = Math.min(Double.isNaN(before) ? after : before, Double.isNaN(after) ? before : after);
            double hi = Math.max(Double.isNaN(before) ? after : before, Double.isNaN(after) ? before : after);
            assertTrue(filled[i] >= lo - 1e-9 && filled[i] <= hi + 1e-9, i + ": " + filled[i]);
        }
        assertEquals(Gaps.count(values) > 0 ? 1 : 0, warnings.size());
    }

    private static double known(double[] values, int from, int step) {
        for (int j = from + step; j >= 0 && j < values.length; j += step) {
            if (!Double.isNaN(values[j])) {
                return values[j];
            }
        }
        return Double.NaN;
    }

    @Provide
    Arbitrary<double[]> curvesWithGaps() {
        return Arbitraries.doubles().between(0, 1000).injectNull(0.4).list().ofMinSize(1).ofMaxSize(60)
                .map(list -> list.stream().mapToDouble(v -> v == null ? Double.NaN : v).toArray())
                .filter(a -> Gaps.count(a) < a.length);
    }
}
