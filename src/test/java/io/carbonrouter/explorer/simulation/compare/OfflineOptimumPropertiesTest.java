package io.carbonrouter.explorer.simulation.compare;

import io.carbonrouter.explorer.engine.FlavourProfile;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OfflineOptimumPropertiesTest {

    /** A small LP: slots with demand and intensity, and flavours (at least one enabled). */
    record Case(double[] demand, double[] intensity, List<FlavourProfile> flavours) {
    }

    @Provide
    Arbitrary<Case> smallCases() {
        Arbitrary<Integer> slots = Arbitraries.integers().between(2, 4);
        return slots.flatMap(n -> Combinators.combine(
                Arbitraries.doubles().between(0, 5).ofScale(2).injectDuplicates(0.2).array(double[].class)
                        .ofSize(n),
                Arbitraries.doubles().between(0, 400).ofScale(1).injectDuplicates(0.3).array(double[].class)
                        .ofSize(n),
                flavours()).as(Case::new));
    }

    private Arbitrary<List<FlavourProfile>> flavours() {
        Arbitrary<FlavourProfile> one = Combinators.combine(
                Arbitraries.of(0.0, 0.3, 0.5, 0.8, 0.95, 1.0).injectDuplicates(0.2),
                Arbitraries.doubles().between(0, 1.5).ofScale(2),
                Arbitraries.of(true, true, true, false)).as((p, c, on) -> new FlavourProfile("f", p, c, on));
        return one.list().ofMinSize(2).ofMaxSize(4).map(list -> {
            List<FlavourProfile> named = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                FlavourProfile f = list.get(i);
                named.add(new FlavourProfile("f" + i, f.precision(), f.carbonIntensity(), i == 0 || f.enabled()));
            }
            return named;
        });
    }

    @Property(tries = 400)
    void theGreedyMatchesVertexEnumeration(@ForAll("smallCases") Case c,
                                           @ForAll @DoubleRange(min = 0, max = 1.05) double target) {
        SavingsFrontier f = OfflineOptimum.frontier(c.demand(), c.intensity(), c.flavours());

        OptionalDouble greedy = f.savingsAt(target);
        OptionalDouble brute = BruteForceOptimum.savings(c.demand(), c.intensity(), c.flavours(), target);

        assertEquals(brute.isPresent(), greedy.isPresent(), "reachability at " + target);
        if (brute.isPresent()) {
            assertEquals(brute.getAsDouble(), greedy.getAsDouble(), 1e-9);
        }
    }

    @Property(tries = 300)
    void theFrontierIsConcaveAndNeverFallsAsTheTargetFalls(@ForAll("smallCases") Case c) {
        SavingsFrontier f = OfflineOptimum.frontier(c.demand(), c.intensity(), c.flavours());
        int n = 200;
        double[] s = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            s[i] = f.savingsAt(f.topPrecision() * i / n).getAsDouble();
        }
        for (int i = 1; i <= n; i++) {
            assertTrue(s[i] <= s[i - 1] + 1e-12, "savings rise with the target at " + i);
        }
        for (int i = 1; i < n; i++) {
            assertTrue(s[i] >= (s[i - 1] + s[i + 1]) / 2 - 1e-9, "not concave at " + i);
        }
    }

    @Property(tries = 200)
    void theTopOfTheFrontierIsTheBestFlavourEverywhere(@ForAll("smallCases") Case c) {
        SavingsFrontier f = OfflineOptimum.frontier(c.demand(), c.intensity(), c.flavours());

        double best = c.flavours().stream().filter(FlavourProfile::enabled)
                .mapToDouble(FlavourProfile::precision).max().orElseThrow();

        assertEquals(best, f.topPrecision(), 0);
        assertTrue(f.at(best + 1e-6).reachable() == false);
    }
}
