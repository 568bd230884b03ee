package io.carbonrouter.explorer.io;

import io.carbonrouter.explorer.simulation.ClusterModel;
import io.carbonrouter.explorer.simulation.ClusterModel.ClosedLoad;
import io.carbonrouter.explorer.simulation.DeploymentLoop;
import io.carbonrouter.explorer.simulation.Scenario;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClusterModelFilesTest {

    private static final String CURVE = "intensity: [40, 45, 50, 55]\nslotMinutes: 0.25\nrepeat: true\n";

    private static Scenario parse(String yaml) {
        return ScenarioFiles.parse(CURVE + yaml, "s.yaml");
    }

    private static ClusterModel cluster(String yaml) {
        return parse("deployment:\n  cluster: " + yaml + "\n").loop().orElseThrow().cluster();
    }

    private static void refused(String yaml, String message) {
        assertThatThrownBy(() -> parse("deployment:\n  cluster: " + yaml + "\n")).isInstanceOf(InputException.class)
                .hasMessageContaining(message);
    }

    @Test
    void everyPartReadsAndWritesBackExactly() {
        ClosedLoad load = new ClosedLoad(50, 0.1, 0.3, 0.004, Map.of("precision-100", 0.03), 0.02, false, 16, 2.5);
        ClusterModel m = new ClusterModel(70, 30, 1.5, 15, 2, true, Optional.of(load));
        Scenario s = parse("").toBuilder()
                .loop(Optional.of(DeploymentLoop.AS_DEPLOYED.withCluster(m))).build();

        assertThat(ScenarioFiles.parse(ScenarioFiles.toYaml(s), "s.yaml")).usingRecursiveComparison().isEqualTo(s);
        assertThat(ScenarioFiles.parse(ScenarioFiles.toJson(s), "s.json")).usingRecursiveComparison().isEqualTo(s);
        assertThat(ScenarioFiles.toYaml(s)).contains("startOffsetSeconds: 70").contains("precision-100: 0.03");
    }

    @Test
    void leftOutPartsAreIdealAndTheIdealModelIsNotWritten() {
        assertThat(parse("deployment: {}\n").loop().orElseThrow().cluster()).isEqualTo(ClusterModel.IDEAL);
        assertThat(cluster("{}")).isEqualTo(ClusterModel.IDEAL);
        assertThat(cluster("ideal")).isEqualTo(ClusterModel.IDEAL);
        assertThat(cluster("harness")).isEqualTo(ClusterModel.HARNESS);
        assertThat(cluster("{publicationLagSeconds: 2}").activeParts())
                .containsExactly(ClusterModel.Part.PUBLICATION_LAG);
        assertThat(cluster("{load: {users: 10}}").load()).contains(new ClosedLoad(10, 0.05, 0.15, 0, Map.of(), 0.02,
                true, 32, 3));
        assertThat(ScenarioFiles.toYaml(parse("deployment: {cluster: ideal}\n"))).doesNotContain("cluster");
    }

    @Test
    void badPartsAreRefusedByName() {
        refused("sometimes", "deployment.cluster: must be a mapping of the model's parts or one of harness, ideal");
        refused("{publicationLagSeconds: 15}", "deployment.cluster.publicationLagSeconds: must be a number of"
                + " seconds from 0 up to (not including) the evaluation interval of 15.0 s, got 15.0");
        refused("{startOffsetSeconds: -1}", "deployment.cluster.startOffsetSeconds: must be a finite number");
        refused("{extraEvaluations: 21}", "deployment.cluster.extraEvaluations: must be from 0 to 20, got 21");
        refused("{carbonCacheSeconds: .nan}", "deployment.cluster.carbonCacheSeconds: must be a finite number");
        refused("{load: {users: 0}}", "deployment.cluster.load.users: must be from 1");
        refused("{load: {thinkMinSeconds: 0, thinkMaxSeconds: 0}}", "deployment.cluster.load.thinkMaxSeconds: must"
                + " be above 0");
        refused("{load: {flavourServiceSeconds: {precision-50: -1}}}",
                "deployment.cluster.load.flavourServiceSeconds.precision-50: must be a finite number");
        refused("{load: {serviceSeconds: {precision-50: 1}}}", "deployment.cluster.load.serviceSeconds: must be a"
                + " number");
        refused("{load: {throttleExponent: 0.5}}", "deployment.cluster.load.throttleExponent: must be a number");
        refused("{countOnCompletion: maybe}", "deployment.cluster.countOnCompletion");
    }

    @Test
    void aCurveThatDoesNotRepeatMustHoldTheWarmUpAndTheRun() {
        String once = "intensity: [40, 45, 50, 55]\nslotMinutes: 0.25\n";
        assertThatThrownBy(() -> ScenarioFiles.parse(once + "deployment:\n  cluster: {warmupSeconds: 15}\n",
                "s.yaml")).hasMessageContaining("deployment.cluster.warmupSeconds: a warm-up of 15.0 s would start"
                + " before the curve");
        assertThatThrownBy(() -> ScenarioFiles.parse(once + "steps: 3\ndeployment:\n  cluster: "
                + "{startOffsetSeconds: 16}\n", "s.yaml")).hasMessageContaining("the run would end 61.0 s into a"
                + " curve of 60.0 s");
        assertThat(ScenarioFiles.parse(once + "steps: 3\ndeployment:\n  cluster: {startOffsetSeconds: 15, "
                + "warmupSeconds: 15}\n", "s.yaml").loop()).isPresent();
    }
}
