package io.carbonrouter.explorer.simulation.compare;

import io.carbonrouter.explorer.engine.StrategyRegistry;
import io.carbonrouter.explorer.simulation.RunMetrics;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.Simulator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SweepTest {

    private final Simulator simulator = new Simulator(StrategyRegistry.builtIns());
    private final Sweep sweep = new Sweep(simulator, Workers.callingThread());
    private final Scenario base = Scenarios.twoDays();

    @Test
    void oneRowPerPointAndStrategyInGridThenRegistryOrder() {
        SweepPlan plan = SweepSpec.parse(List.of("targetError=0.1:0.3:0.1", "creditSensitivity=0.2:0.4:0.2"))
                .plan(base);

        SweepResult result = sweep.run(plan, List.of());

        List<String> names = simulator.registry().names();
        assertThat(result.rows()).hasSize(6 * names.size());
        assertThat(result.parameters()).containsExactly(SweepParameter.TARGET_ERROR,
                SweepParameter.CREDIT_SENSITIVITY);
        for (int i = 0; i < result.rows().size(); i++) {
            SweepRow row = result.rows().get(i);
            assertThat(row.point().index()).isEqualTo(i / names.size());
            assertThat(row.policy()).isEqualTo(names.get(i % names.size()));
        }
    }

    @Test
    void everyRowEqualsASingleRunWithThoseSettings() {
        SweepPlan plan = SweepSpec.parse(List.of("creditMin=-1:-0.5:0.25", "creditWindow=5:10:5")).plan(base);

        SweepResult result = sweep.run(plan, List.of());

        SavingsFrontier frontier = OfflineOptimum.frontier(base);
        for (SweepRow row : result.rows()) {
            List<Double> v = row.point().values();
            Scenario single = base.withConfig(base.config().withCreditMin(v.get(0))
                    .withCreditWindow(v.get(1).intValue()));
            RunMetrics expected = simulator.run(single, row.policy()).metrics();
            assertThat(row.metrics().metrics()).isEqualTo(expected);
            assertThat(row.metrics().regret()).isEqualTo(frontier.regret(expected));
        }
        assertThat(result.frontier().points()).isEqualTo(frontier.points());
    }

    @Test
    void onePolicyOnlyWhenAsked() {
        SweepPlan plan = SweepSpec.parse(List.of("targetError=0.1:0.3:0.1")).plan(base);

        SweepResult result = sweep.run(plan, List.of("forecast-aware"));

        assertThat(result.rows()).hasSize(3).allMatch(r -> r.policy().equals("forecast-aware"));
        assertThat(result.rows()).extracting(r -> r.point().scenario().config().targetError())
                .containsExactly(0.1, 0.2, 0.3);
    }

    @Test
    void anUnknownPolicyIsRefusedBeforeAnythingRuns() {
        SweepPlan plan = SweepSpec.parse(List.of("targetError=0.1:0.3:0.1")).plan(base);
        List<Integer> progress = new ArrayList<>();

        assertThatThrownBy(() -> sweep.run(plan, List.of("greedy"), () -> false, (d, t) -> progress.add(d)))
                .isInstanceOf(SweepSpecException.class).hasMessageStartingWith("unknown policy 'greedy'; registered: "
                        + "credit-greedy, forecast-aware");
        assertThat(progress).isEmpty();
    }

    @Test
    void skippedPointsAreReportedAndGetNoRows() {
        SweepPlan plan = SweepSpec.parse(List.of("creditMax=-1.5:0.5:0.5")).plan(base);

        SweepResult result = sweep.run(plan, List.of("p100"));

        assertThat(result.skipped()).extracting(SweepPlan.Skipped::label)
                .containsExactly("creditMax=-1.5", "creditMax=-1");
        assertThat(result.rows()).extracting(r -> r.point().values().get(0)).containsExactly(-0.5, 0.0, 0.5);
    }

    @Test
    void parallelSweepsGiveTheSameRowsAsOneThread() {
        SweepPlan plan = SweepSpec.parse(List.of("targetError=0.05:0.3:0.05")).plan(base);

        SweepResult parallel = new Sweep(simulator, new Workers(3)).run(plan, List.of());

        assertThat(parallel.rows()).isEqualTo(sweep.run(plan, List.of()).rows());
    }

    @Test
    void progressCountsRunsAndCancellationStops() {
        SweepPlan plan = SweepSpec.parse(List.of("targetError=0.1:0.3:0.1")).plan(base);
        List<Integer> done = new ArrayList<>();

        assertThatThrownBy(() -> sweep.run(plan, List.of(), () -> done.size() >= 5, (d, t) -> done.add(d)))
                .isInstanceOf(CancellationException.class);
        assertThat(done).containsExactly(1, 2, 3, 4, 5);
    }
}
