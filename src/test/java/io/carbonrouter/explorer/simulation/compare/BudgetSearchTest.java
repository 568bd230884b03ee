package io.carbonrouter.explorer.simulation.compare;

import io.carbonrouter.explorer.engine.StrategyRegistry;
import io.carbonrouter.explorer.simulation.Budget;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.Simulator;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Each strategy's best precision under a carbon budget, searched on its targetError. */
class BudgetSearchTest {

    private final StrategyComparison comparison =
            new StrategyComparison(new Simulator(StrategyRegistry.builtIns()), Workers.callingThread());

    private static Scenario day(double budgetShareOfP100) {
        double[] intensity = new double[96];
        for (int i = 0; i < intensity.length; i++) {
            intensity[i] = 200 + 140 * Math.sin(i * Math.PI / 24) + 25 * Math.cos(i * 0.7);
        }
        Scenario s = Scenario.builder().intensity(intensity).horizonSlots(48).build();
        double p100 = OfflineOptimum.frontier(s).baselineEmissions();
        return s.toBuilder().budget(Optional.of(new Budget(budgetShareOfP100 * p100, Budget.Per.RUN))).build();
    }

    @Test
    void givenABudgetBetweenTheCheapestMixAndP100WhenComparedThenEachKeptRunIsWithinItAndBelowTheOptimum() {
        BudgetComparison b = comparison.compareMetrics(day(0.6), () -> false, Progress.NONE).budget().orElseThrow();

        assertThat(b.optimum().emissions()).isLessThanOrEqualTo(b.budget() * (1 + 1e-12));
        assertThat(b.rows()).hasSize(StrategyRegistry.builtIns().names().size());
        for (BudgetRow r : b.rows()) {
            assertThat(r.runs()).as(r.policy()).isBetween(1, BudgetSearch.MAX_RUNS);
            if (r.kept()) {
                assertThat(r.metrics().emissions()).as(r.policy()).isLessThanOrEqualTo(b.budget() * (1 + 1e-9));
                assertThat(r.metrics().meanPrecision()).as(r.policy())
                        .isLessThanOrEqualTo(b.optimum().meanPrecision() + 1e-9);
                assertThat(r.idealShare()).as(r.policy()).isEqualTo(
                        r.metrics().meanPrecision() / b.optimum().meanPrecision());
            } else {
                assertThat(r.idealShare()).as(r.policy()).isNaN();
            }
        }
        assertThat(row(b, "p100").kept()).isFalse();
        assertThat(row(b, "credit-greedy").kept()).isTrue();
        assertThat(row(b, "receding-horizon").kept()).isTrue();
    }

    @Test
    void givenABudgetAsLargeAsP100WhenComparedThenEveryStrategyKeepsItAtItsHighestTarget() {
        BudgetComparison b = comparison.compareMetrics(day(1.0), () -> false, Progress.NONE).budget().orElseThrow();

        assertThat(b.rows()).allSatisfy(r -> {
            assertThat(r.kept()).isTrue();
            assertThat(r.targetError()).isZero();
            assertThat(r.runs()).isOne();
        });
        assertThat(b.optimum().meanPrecision()).isEqualTo(1.0);
    }

    @Test
    void givenATightBudgetWhenTheSearchBisectsThenTheRecedingHorizonComesCloseToTheOptimum() {
        BudgetComparison b = comparison.compareMetrics(day(0.5), () -> false, Progress.NONE).budget().orElseThrow();

        BudgetRow rh = row(b, "receding-horizon");
        assertThat(rh.kept()).isTrue();
        assertThat(rh.runs()).isGreaterThan(2);
        assertThat(rh.idealShare()).isGreaterThan(0.97);
    }

    private static BudgetRow row(BudgetComparison b, String policy) {
        return b.rows().stream().filter(r -> r.policy().equals(policy)).findFirst().orElseThrow();
    }
}
