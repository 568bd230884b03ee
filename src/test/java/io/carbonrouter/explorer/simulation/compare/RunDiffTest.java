package io.carbonrouter.explorer.simulation.compare;

import io.carbonrouter.explorer.engine.StrategyRegistry;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.Simulator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RunDiffTest {

    private final Simulator simulator = new Simulator(StrategyRegistry.builtIns());

    @Test
    void everyMetricIsCurrentMinusPinned() {
        Scenario s = Scenarios.twoDays();
        SavingsFrontier f = OfflineOptimum.frontier(s);
        MetricRow pinned = MetricRow.of(simulator.run(s, "p100"), f);
        MetricRow current = MetricRow.of(simulator.run(s, "credit-greedy"), f);

        RunDiff diff = RunDiff.between(pinned, current);

        assertThat(diff.deltas()).hasSize(Metric.values().length);
        for (Metric m : Metric.values()) {
            assertThat(diff.delta(m).difference()).as(m.key()).isEqualTo(Double.valueOf(m.of(current) - m.of(pinned)));
        }
        assertThat(diff.pinnedPolicy()).isEqualTo("p100");
        assertThat(diff.delta(Metric.SAVINGS).verdict()).isEqualTo(MetricDelta.Verdict.BETTER);
        assertThat(diff.delta(Metric.MEAN_PRECISION).verdict()).isEqualTo(MetricDelta.Verdict.WORSE);
    }

    @Test
    void differencesReadAsPointsForSharesAndNumbersForBalances() {
        assertThat(new MetricDelta(Metric.SAVINGS, 0.10, 0.125).formattedDifference()).isEqualTo("+2.5 pp");
        assertThat(new MetricDelta(Metric.FINAL_BALANCE, 0.5, 0.25).formattedDifference()).isEqualTo("-0.250");
        assertThat(new MetricDelta(Metric.REGRET, 0.05, 0.05).verdict()).isEqualTo(MetricDelta.Verdict.SAME);
        assertThat(new MetricDelta(Metric.REGRET, 0.05, 0.01).verdict()).isEqualTo(MetricDelta.Verdict.BETTER);
        assertThat(new MetricDelta(Metric.FINAL_BALANCE, 0, 1).verdict()).isEqualTo(MetricDelta.Verdict.SAME);
    }

    @Test
    void valuesReadAsPeopleWriteThem() {
        assertThat(Metric.SAVINGS.format(0.4236)).isEqualTo("42.36 %");
        assertThat(Metric.REGRET.format(0.012)).isEqualTo("1.2 pp");
        assertThat(Metric.MIN_BALANCE.format(-1)).isEqualTo("-1.000");
        assertThat(Metric.MEAN_PRECISION.format(Double.NaN)).isEqualTo("n/a");
        assertThat(Percent.of(1)).isEqualTo("100 %");
        assertThat(Percent.of(0)).isEqualTo("0 %");
    }
}
