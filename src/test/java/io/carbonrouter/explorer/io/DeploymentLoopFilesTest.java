package io.carbonrouter.explorer.io;

import io.carbonrouter.explorer.simulation.DeploymentLoop;
import io.carbonrouter.explorer.simulation.DeploymentLoop.DemandForecast;
import io.carbonrouter.explorer.simulation.DeploymentLoop.Feedback;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.TickClock;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeploymentLoopFilesTest {

    private static Scenario parse(String yaml) {
        return ScenarioFiles.parse("intensity: [100, 200]\n" + yaml, "s.yaml");
    }

    private static void refused(String yaml, String message) {
        assertThatThrownBy(() -> parse(yaml)).isInstanceOf(InputException.class).hasMessageContaining(message);
    }

    @Test
    void theBlockReadsAndWritesBackExactly() {
        Scenario s = Scenario.builder().intensity(100, 200).slotMinutes(0.25)
                .loop(Optional.of(new DeploymentLoop(7.5, Feedback.SAMPLED, DemandForecast.CURVE))).build();

        assertThat(ScenarioFiles.parse(ScenarioFiles.toYaml(s), "s.yaml")).usingRecursiveComparison().isEqualTo(s);
        assertThat(ScenarioFiles.parse(ScenarioFiles.toJson(s), "s.json")).usingRecursiveComparison().isEqualTo(s);
        assertThat(ScenarioFiles.toYaml(s)).contains("slotMinutes: 0.25").contains("evaluationSeconds: 7.5")
                .contains("feedback: \"sampled\"").contains("demandForecast: \"curve\"");
    }

    @Test
    void anAbsentBlockIsOneEvaluationPerSlotAndAnEmptyOneIsAsDeployed() {
        assertThat(parse("").loop()).isEmpty();
        assertThat(ScenarioFiles.toYaml(parse(""))).doesNotContain("deployment").contains("slotMinutes: 30\n");
        assertThat(parse("deployment: {}\n").loop()).contains(DeploymentLoop.AS_DEPLOYED);
        assertThat(parse("deployment: {feedback: none}\n").loop().orElseThrow().evaluationSeconds()).isEqualTo(15);
    }

    @Test
    void everyNewFieldRefusesBadValuesByName() {
        refused("deployment: [15]\n", "deployment: must be a mapping");
        refused("deployment: {evaluationSeconds: fast}\n", "deployment.evaluationSeconds: must be a number");
        refused("deployment: {evaluationSeconds: 0}\n", "deployment.evaluationSeconds: must be a finite number of"
                + " seconds above 0, got 0.0");
        refused("deployment: {evaluationSeconds: -5}\n", "deployment.evaluationSeconds: must be a finite");
        refused("deployment: {evaluationSeconds: .inf}\n", "deployment.evaluationSeconds: must be a finite");
        refused("deployment: {feedback: always}\n",
                "deployment.feedback: must be one of none, expected, sampled, unmatched, got \"always\"");
        refused("deployment: {demandForecast: [1]}\n", "deployment.demandForecast: must be text");
        refused("deployment: {demandForecast: model}\n", "deployment.demandForecast: must be one of flat, curve");
        refused("slotMinutes: 0\n", "slotMinutes: must be a finite number of minutes above 0");
        refused("slotMinutes: half\n", "slotMinutes: must be a number");
    }

    @Test
    void aRunPastTheTickLimitIsRefusedNamingTheLimit() {
        // a year and more of half-hour slots at one evaluation a second
        refused("repeat: true\nsteps: 20000\ndeployment: {evaluationSeconds: 1}\n",
                "36000000 evaluations, over the limit of " + TickClock.MAX_TICKS);
        refused("deployment: {evaluationSeconds: 4000}\n", "no evaluation would run");
    }

    @Test
    void theTickCountFollowsTheSlotsAndTheInterval() {
        Scenario s = parse("slotMinutes: 0.25\nsteps: 2\ndeployment: {evaluationSeconds: 5}\n");
        assertThat(s.clock().ticks()).isEqualTo(6);
        assertThat(Scenario.of(1, 2, 3).toBuilder().steps(OptionalInt.of(2)).build().clock().ticks()).isEqualTo(2);
    }
}
