package io.carbonrouter.explorer.io.schedule;

import io.carbonrouter.explorer.engine.ComponentBound;
import io.carbonrouter.explorer.engine.FlavourProfile;
import io.carbonrouter.explorer.engine.PolicyConfig;
import io.carbonrouter.explorer.io.ScenarioFiles;
import io.carbonrouter.explorer.simulation.ComponentSettings;
import io.carbonrouter.explorer.simulation.DeploymentLoop;
import io.carbonrouter.explorer.simulation.DeploymentSettings;
import io.carbonrouter.explorer.simulation.Scenario;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrafficScheduleExporterTest {

    private static final Scenario WINTER = ScenarioFiles.readResource("/sample-data/scenarios/winter-day.yaml");

    @Test
    void givenTheBuiltInSampleThenTheExportIsOperatorReadyWithTheEngineEnvironmentInTheComment() {
        String yaml = TrafficScheduleExporter.toYaml(WINTER, "traffic-schedule", "carbonrouter");

        assertEquals(String.join("\n",
                "# TrafficSchedule exported by Policy Explorer from the scenario \"UK winter weekday\".",
                "# Engine settings with no TrafficSchedule field are environment variables of the decision engine:",
                "#   CREDIT_SENSITIVITY=0.33",
                "#   THROTTLE_GREEN_BLEND=0.6",
                "#   THROTTLE_GREEN_OVERRIDE_THRESHOLD=0.99",
                "# Apply them with:",
                "#   kubectl set env deployment/carbonrouter-decision-engine -n carbonrouter-system"
                        + " CREDIT_SENSITIVITY=0.33 THROTTLE_GREEN_BLEND=0.6 THROTTLE_GREEN_OVERRIDE_THRESHOLD=0.99",
                "# Explorer settings with no cluster counterpart:",
                "#   initialBalance: 0",
                "#   horizonSlots: 96",
                "#   slotMinutes: 30",
                "#   seed: 42 (used by the random strategy)",
                "# Flavours are not part of a TrafficSchedule: the operator discovers them from the Deployment",
                "# labels carbonrouter/parent-service, carbonstat.precision and carbonstat.emissions"
                        + " (export --labels prints the commands).",
                "apiVersion: scheduling.carbonrouter.io/v1alpha1",
                "kind: TrafficSchedule",
                "metadata:",
                "  name: traffic-schedule",
                "  namespace: carbonrouter",
                "spec:",
                "  scheduler:",
                "    policy: \"credit-greedy\"",
                "    targetError: \"0.15\"",
                "    creditMin: \"-1\"",
                "    creditMax: \"1\"",
                "    creditWindow: 300",
                "    throttleMin: \"0.05\"",
                "    throttleIntensityFloor: \"150\"",
                "    throttleIntensityCeiling: \"350\"",
                "    validFor: 60",
                "  router:",
                "    autoscaling:",
                "      minReplicaCount: 1",
                "      maxReplicaCount: 10",
                "      cooldownPeriod: 60",
                "      cpuUtilization: 80",
                "  consumer:",
                "    autoscaling:",
                "      minReplicaCount: 1",
                "      maxReplicaCount: 12",
                "      cooldownPeriod: 120",
                "      cpuUtilization: 80",
                "  target:",
                "    autoscaling:",
                "      minReplicaCount: 1",
                "      maxReplicaCount: 20",
                "      cooldownPeriod: 120",
                "      cpuUtilization: 80",
                ""), yaml);
        assertEquals(List.of(), TrafficScheduleExporter.warnings(WINTER, "traffic-schedule"));
    }

    @Test
    void givenMoreEngineSettingsThenTheCommentListsThemAllInOneSetEnvLine() {
        List<EngineSetting> env = List.of(new EngineSetting("CREDIT_SENSITIVITY", "0.5"),
                new EngineSetting("SCHEDULE_EVAL_INTERVAL_SEC", "30"));

        String yaml = TrafficScheduleExporter.toYaml(WINTER, "traffic-schedule", "shop", env);

        assertTrue(yaml.contains("#   CREDIT_SENSITIVITY=0.5\n#   SCHEDULE_EVAL_INTERVAL_SEC=30\n# Apply them with:\n"
                + "#   kubectl set env deployment/carbonrouter-decision-engine -n carbonrouter-system"
                + " CREDIT_SENSITIVITY=0.5 SCHEDULE_EVAL_INTERVAL_SEC=30\n"), yaml);
    }

    @Test
    void givenADeploymentLoopOffTheDefaultIntervalThenTheCommentSetsTheEvaluationIntervalWithTheOthers() {
        Scenario s = WINTER.toBuilder().loop(Optional.of(new DeploymentLoop(30, DeploymentLoop.Feedback.EXPECTED,
                DeploymentLoop.DemandForecast.FLAT))).build();

        String yaml = TrafficScheduleExporter.toYaml(s, "traffic-schedule", "shop");

        assertTrue(yaml.contains("#   CREDIT_SENSITIVITY=0.33\n#   SCHEDULE_EVAL_INTERVAL_SEC=30\n"
                + "#   THROTTLE_GREEN_BLEND=0.6\n"), yaml);
        assertTrue(yaml.contains(" CREDIT_SENSITIVITY=0.33 SCHEDULE_EVAL_INTERVAL_SEC=30 THROTTLE_GREEN_BLEND=0.6 "),
                yaml);
        assertEquals(List.of(), TrafficScheduleExporter.warnings(s, "traffic-schedule"));
    }

    @Test
    void givenTheDeployedIntervalOrNoLoopThenTheCommentLeavesTheIntervalToTheEngineDefault() {
        Scenario deployed = WINTER.toBuilder().loop(Optional.of(DeploymentLoop.AS_DEPLOYED)).build();

        assertEquals(List.of("CREDIT_SENSITIVITY", "THROTTLE_GREEN_BLEND", "THROTTLE_GREEN_OVERRIDE_THRESHOLD"),
                TrafficScheduleExporter.environment(deployed).stream().map(EngineSetting::variable).toList());
        assertEquals(TrafficScheduleExporter.environment(WINTER), TrafficScheduleExporter.environment(deployed));
    }

    @Test
    void givenAFractionalIntervalThenTheCommentRoundsItAndAWarningSaysTheEngineTakesWholeSeconds() {
        Scenario s = WINTER.toBuilder().loop(Optional.of(new DeploymentLoop(7.5, DeploymentLoop.Feedback.NONE,
                DeploymentLoop.DemandForecast.FLAT))).build();

        assertTrue(TrafficScheduleExporter.environment(s).contains(new EngineSetting("SCHEDULE_EVAL_INTERVAL_SEC",
                "8")));
        assertEquals(List.of("deployment.evaluationSeconds 7.5 is not a whole number of seconds: the engine reads"
                + " SCHEDULE_EVAL_INTERVAL_SEC as an integer, so the comment rounds it to 8"),
                TrafficScheduleExporter.warnings(s, "traffic-schedule"));
    }

    @Test
    void givenComponentSettingsThenEveryComponentCarriesThemWithTheCrdTypes() {
        Scenario s = WINTER.toBuilder().deployment(WINTER.deployment()
                .withComponent("router", new ComponentSettings(30, 70, Map.of("cpu", "200m", "memory", "256Mi"),
                        Map.of("cpu", "1"), true))
                .withComponent("target", ComponentSettings.defaults("target").withCpuUtilization(90))).build();

        String yaml = TrafficScheduleExporter.toYaml(s, "traffic-schedule", "shop");

        assertTrue(yaml.contains("  router:\n    autoscaling:\n      minReplicaCount: 1\n      maxReplicaCount: 10\n"
                + "      cooldownPeriod: 30\n      cpuUtilization: 70\n    resources:\n      requests:\n"
                + "        cpu: \"200m\"\n        memory: \"256Mi\"\n      limits:\n        cpu: \"1\"\n"
                + "    debug: true\n  consumer:\n"), yaml);
        assertTrue(yaml.contains("      cooldownPeriod: 120\n      cpuUtilization: 90\n"), yaml);
        assertEquals(List.of(), CrdSchema.trafficSchedule().exportedMetadataOnly().violations(yaml));
    }

    @Test
    void givenDeploymentSettingsThenEachIsWrittenWithItsCrdType() throws IOException {
        Scenario s = WINTER.toBuilder().deployment(new DeploymentSettings(OptionalInt.of(5), OptionalInt.of(30),
                OptionalInt.of(5000), OptionalInt.of(300), Optional.of("national"), Optional.of("router"))).build();

        String yaml = TrafficScheduleExporter.toYaml(s, "a", "b");

        assertTrue(yaml.contains("    validFor: 5\n    discoveryInterval: 30\n    carbonTarget: \"national\"\n"
                + "    carbonTimeout: 5000\n    carbonCacheTTL: 300\n    evaluator: \"router\"\n"), yaml);
        assertEquals(List.of(), CrdSchema.trafficSchedule().exportedMetadataOnly().violations(yaml));
    }

    @Test
    void givenSettingsTheCrdCannotHoldThenTheCommentKeepsThem() throws IOException {
        Scenario s = WINTER.toBuilder().componentBounds(List.of(ComponentBound.of("router", null, 4),
                ComponentBound.of("cache", 2, null))).build();

        String yaml = TrafficScheduleExporter.toYaml(s, "a", "b");

        assertTrue(yaml.contains("#   componentBounds.cache: min 2, max none (the CRD bounds only router, consumer"
                + " and target)\n"), yaml);
        assertTrue(yaml.contains("  router:\n    autoscaling:\n      minReplicaCount: 1\n      maxReplicaCount: 4\n"),
                yaml);
        assertEquals(List.of(), CrdSchema.trafficSchedule().exportedMetadataOnly().violations(yaml));
    }

    @Test
    void givenTextYamlWouldMisreadThenItIsQuoted() throws IOException {
        String target = "say \"hi\"\\\u2028\t\uD83D\uDE00x";
        Scenario s = WINTER.toBuilder().name("line one\nline: two").deployment(new DeploymentSettings(
                OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(),
                Optional.of(target), Optional.empty())).build();

        String yaml = TrafficScheduleExporter.toYaml(s, "yes", "123");

        assertTrue(yaml.contains("  name: \"yes\"\n  namespace: \"123\"\n"), yaml);
        assertTrue(yaml.startsWith("# TrafficSchedule exported by Policy Explorer from the scenario \"line one"
                + " line: two\".\n"), yaml);
        assertEquals(List.of(), CrdSchema.trafficSchedule().exportedMetadataOnly().violations(yaml));
        assertEquals(target, TrafficScheduleImporter.parse(yaml, "x.yaml").scenario().deployment()
                .carbonTarget().orElseThrow());
    }

    @Test
    void givenNamesKubernetesWouldRefuseThenTheExportRefusesThem() {
        IllegalArgumentException name = assertThrows(IllegalArgumentException.class,
                () -> TrafficScheduleExporter.toYaml(WINTER, "My_Schedule", "default"));
        IllegalArgumentException namespace = assertThrows(IllegalArgumentException.class,
                () -> TrafficScheduleExporter.toYaml(WINTER, "ok", "a.b"));

        assertEquals("name \"My_Schedule\" is not a valid Kubernetes name: use lower-case letters, digits, '-' and"
                + " '.', starting and ending with a letter or digit, at most 253 characters", name.getMessage());
        assertTrue(namespace.getMessage().startsWith("namespace \"a.b\" is not a valid Kubernetes namespace"));
        assertTrue(KubernetesNames.nameProblem("a." + "b".repeat(252)).isPresent());
        assertTrue(KubernetesNames.nameProblem("carbon.router-1").isEmpty());
        assertTrue(KubernetesNames.namespaceProblem("-x").isPresent());
    }

    @Test
    void givenTheRecedingHorizonOptimiserThenTheExportRefusesItAsNoOperatorRunsIt() {
        Scenario s = WINTER.withPolicy("receding-horizon");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TrafficScheduleExporter.toYaml(s, "a", "b"));

        assertEquals("cannot export: policy: receding-horizon is an explorer strategy (an optimiser over the"
                + " forecast) that the operator cannot run; export the heuristic you would deploy", e.getMessage());
    }

    @Test
    void givenSettingsTheEngineWouldMisreadThenTheExportRefusesThem() {
        Scenario s = WINTER.withConfig(PolicyConfig.DEFAULTS.withCreditMin(2.0));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TrafficScheduleExporter.toYaml(s, "a", "b"));

        assertEquals("cannot export: config.creditMin: creditMin (2.0) must be below creditMax (1.0)",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TrafficScheduleExporter.toYaml(
                WINTER.toBuilder().initialBalance(Double.NaN).build(), "a", "b"));
    }

    @Test
    void givenEnabledFlavoursThenEachGetsALabelForTheOperator() {
        Scenario s = WINTER.toBuilder().flavours(List.of(
                new FlavourProfile("precision-100", 1.0, 1.0, true),
                new FlavourProfile("Half Precision!", 0.5, 0.6, true),
                new FlavourProfile("precision-30", 0.3, 0.3, false),
                new FlavourProfile("***", 0.125, 0.25, true))).build();

        List<String> lines = TrafficScheduleExporter.kubectlLabelLines(s, "shop", Optional.of("checkout"));

        assertEquals(List.of(
                "# One Deployment per flavour, named after the flavour; replace the names with your Deployments'."
                        + " The service is the one labelled carbonrouter/enabled=true.",
                "kubectl label deployment precision-100 carbonrouter/parent-service=checkout"
                        + " carbonstat.precision=100 carbonstat.emissions=1 -n shop --overwrite",
                "kubectl label deployment half-precision carbonrouter/parent-service=checkout"
                        + " carbonstat.precision=50 carbonstat.emissions=0.6 -n shop --overwrite",
                "kubectl label deployment flavour-4 carbonrouter/parent-service=checkout"
                        + " carbonstat.precision=12 carbonstat.emissions=0.25 -n shop --overwrite"), lines);
        assertTrue(TrafficScheduleExporter.kubectlLabelLines(s, "shop").get(1)
                .contains(" carbonrouter/parent-service=\"${SERVICE:?set SERVICE to the service name}\" "));
    }

    @Test
    void givenAnInvalidNamespaceThenLabellingIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> TrafficScheduleExporter.kubectlLabelLines(WINTER, "A B"));
    }
}
