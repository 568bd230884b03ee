package io.carbonrouter.explorer.simulation.compare;

import io.carbonrouter.explorer.engine.StrategyRegistry;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.Simulator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The budget optimum and the target optimum are one frontier read two ways, and no strategy's run lies above
 * it, on random scenarios (those of {@link ComparisonPropertiesTest}).
 */
class BudgetOptimumPropertiesTest {

    private final ComparisonPropertiesTest scenarios = new ComparisonPropertiesTest();

    /** Scenarios whose every slot costs something, so emissions rise strictly with precision. */
    @Provide
    Arbitrary<Scenario> pricedScenarios() {
        return scenarios.scenarios().map(s -> {
            double[] shifted = s.intensity().clone();
            for (int i = 0; i < shifted.length; i++) {
                shifted[i] += 1;
            }
            return s.toBuilder().intensity(shifted).build();
        });
    }

    @Provide
    Arbitrary<Scenario> anyScenarios() {
        return scenarios.scenarios();
    }

    @Property(tries = 300)
    void theBudgetOptimumAtTheTargetOptimumsEmissionsReachesThatTarget(
            @ForAll("pricedScenarios") Scenario s, @ForAll("fractions") double where) {
        SavingsFrontier f = OfflineOptimum.frontier(s);
        // Where extra precision costs less than a double can tell (factors 0.01 apart on a huge base), the
        // frontier is flat in floating point and the budget rightly buys the far end: no inverse to check there.
        Assume.that(!Double.isNaN(f.lowPrecision()) && strictlyRising(f));
        double p = f.lowPrecision() + where * (f.topPrecision() - f.lowPrecision());
        Optimum target = f.at(p);

        BudgetOptimum budget = f.atBudget(target.emissions(), v -> String.format(Locale.ROOT, "%g", v));

        assertThat(budget.reachable()).isTrue();
        assertThat(budget.meanPrecision()).isCloseTo(p, within(1e-9));
        assertThat(budget.emissions()).isLessThanOrEqualTo(target.emissions() * (1 + 1e-12));
    }

    private static boolean strictlyRising(SavingsFrontier f) {
        List<SavingsFrontier.Point> corners = f.points();
        for (int i = 1; i < corners.size(); i++) {
            SavingsFrontier.Point a = corners.get(i - 1);
            SavingsFrontier.Point b = corners.get(i);
            if (b.emissions() - a.emissions() <= 1e-9 * Math.abs(b.emissions())) {
                return false;
            }
        }
        return true;
    }

    @Provide
    Arbitrary<Double> fractions() {
        return Combinators.combine(Arbitraries.doubles().between(0, 1), Arbitraries.of(0.0, 1.0, -1.0))
                .as((x, end) -> end >= 0 ? end : x);
    }

    @Property(tries = 150)
    void noStrategyRunGetsMorePrecisionForItsEmissionsThanTheBudgetOptimum(@ForAll("anyScenarios") Scenario s) {
        Comparison c = new StrategyComparison(new Simulator(StrategyRegistry.builtIns()),
                Workers.callingThread()).compare(s);

        for (MetricRow row : c.rows()) {
            if (Double.isNaN(row.metrics().meanPrecision())) {
                continue;
            }
            BudgetOptimum best = c.frontier().atBudget(row.metrics().emissions(), Double::toString);
            assertThat(best.reachable()).as(row.policy()).isTrue();
            assertThat(row.metrics().meanPrecision()).as(row.policy())
                    .isLessThanOrEqualTo(best.meanPrecision() + 1e-9);
        }
    }
}
