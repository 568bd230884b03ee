package io.carbonrouter.explorer.simulation.compare;

import io.carbonrouter.explorer.engine.PolicyConfig;
import io.carbonrouter.explorer.engine.StrategyRegistry;
import io.carbonrouter.explorer.simulation.DeploymentLoop;
import io.carbonrouter.explorer.simulation.DeploymentLoop.DemandForecast;
import io.carbonrouter.explorer.simulation.DeploymentLoop.Feedback;
import io.carbonrouter.explorer.simulation.InvalidScenarioException;
import io.carbonrouter.explorer.simulation.MetricsRuns;
import io.carbonrouter.explorer.simulation.Run;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.Simulator;
import io.carbonrouter.explorer.simulation.SnapshotBuilder;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MetricsRunsTest {

    private final Simulator simulator = new Simulator(StrategyRegistry.builtIns());
    private final MetricsRuns runs = new MetricsRuns(simulator);
    private final Scenario base = Scenarios.twoDays();

    @Test
    void theLeanLoopGivesASingleRunsMetricsForEveryStrategy() {
        SnapshotBuilder shared = SnapshotBuilder.shared(base);
        for (String policy : simulator.registry().names()) {
            assertThat(runs.metrics(base, policy, shared, () -> false)).as(policy)
                    .isEqualTo(simulator.run(base, policy).metrics());
        }
    }

    @Test
    void aScenarioWithProblemsIsRefusedEveryTime() {
        Scenario invalid = base.withConfig(base.config().withCreditMin(5.0));

        for (int attempt = 0; attempt < 2; attempt++) {
            assertThatThrownBy(() -> runs.metrics(invalid, "p100", null, () -> false))
                    .isInstanceOf(InvalidScenarioException.class).hasMessageContaining("creditMin");
        }
    }

    @Test
    void aScenarioTakenAsCheckedRunsWithoutTheCheckOnTheseRunsAlone() {
        Scenario unchecked = base.withConfig(base.config().withCreditMin(5.0));

        runs.checked(List.of(unchecked));

        assertThat(runs.metrics(unchecked, "p100", null, () -> false).steps()).isEqualTo(base.effectiveSteps());
        assertThatThrownBy(() -> new MetricsRuns(simulator).metrics(unchecked, "p100", null, () -> false))
                .isInstanceOf(InvalidScenarioException.class);
    }

    @Test
    void onlyStrategiesThatIgnoreTheLedgerKeepTheirDecisions() {
        SnapshotBuilder shared = SnapshotBuilder.shared(base);
        List<String> kept = simulator.registry().names().stream()
                .filter(p -> runs.decisions(base, p, shared, () -> false).recorded()).toList();

        assertThat(kept).containsExactly("p100", "round-robin", "random");
    }

    @Test
    void replayedDecisionsGiveEachSettingsOwnRunExactly() {
        SnapshotBuilder shared = SnapshotBuilder.shared(base);
        PolicyConfig c = base.config();
        List<Scenario> others = List.of(base.withConfig(c.withCreditMin(-0.2)),
                base.withConfig(c.withTargetError(0.4)), base.withConfig(c.withCreditSensitivity(3.0)));
        for (String policy : List.of("p100", "round-robin", "random")) {
            MetricsRuns.Decisions decided = runs.decisions(base, policy, shared, () -> false);
            for (Scenario other : others) {
                Run single = simulator.run(other, policy);
                assertThat(runs.replay(other, policy, decided, shared, () -> false)).as(policy)
                        .isEqualTo(single.metrics());
            }
        }
    }

    @Test
    void decisionsThatDoNotFitARunAreMadeAgain() {
        SnapshotBuilder shared = SnapshotBuilder.shared(base);
        MetricsRuns.Decisions decided = runs.decisions(base, "random", shared, () -> false);
        Scenario reseeded = base.toBuilder().seed(8).build();

        assertThat(runs.replay(reseeded, "random", decided, shared, () -> false))
                .isEqualTo(simulator.run(reseeded, "random").metrics())
                .isNotEqualTo(simulator.run(base, "random").metrics());
        assertThat(runs.replay(base, "p100", decided, shared, () -> false))
                .isEqualTo(simulator.run(base, "p100").metrics());
    }

    @Test
    void aDeploymentLoopGivesASimulationsMetricsAndKeepsDecisionsOnlyWithoutFeedback() {
        for (Feedback feedback : Feedback.values()) {
            // slots of 5 minutes evaluated every 70 s: 4 or 5 ticks a slot, each with its share of the demand
            Scenario deployed = Scenario.builder().intensity(220, 40, 310, 95, 180, 60, 260)
                    .demand(100, 30, 250, 0, 80, 140, 60).slotMinutes(5)
                    .loop(Optional.of(new DeploymentLoop(70, feedback, DemandForecast.FLAT))).build();
            SnapshotBuilder shared = SnapshotBuilder.shared(deployed);
            Scenario tighter = deployed.withConfig(deployed.config().withTargetError(0.3));

            MetricsRuns.Decisions decided = runs.decisions(deployed, "round-robin", shared, () -> false);
            assertThat(decided.recorded()).as(feedback.key()).isEqualTo(feedback == Feedback.NONE);
            assertThat(runs.replay(tighter, "round-robin", decided, shared, () -> false)).as(feedback.key())
                    .isEqualTo(simulator.run(tighter, "round-robin").metrics());
            for (String policy : simulator.registry().names()) {
                assertThat(runs.metrics(deployed, policy, shared, () -> false)).as(feedback.key() + " " + policy)
                        .isEqualTo(simulator.run(deployed, policy).metrics());
            }
        }
    }
}
