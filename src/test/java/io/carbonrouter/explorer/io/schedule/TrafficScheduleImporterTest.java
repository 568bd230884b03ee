package io.carbonrouter.explorer.io.schedule;

import io.carbonrouter.explorer.engine.ComponentBound;
import io.carbonrouter.explorer.engine.PolicyConfig;
import io.carbonrouter.explorer.io.InputException;
import io.carbonrouter.explorer.simulation.ComponentSettings;
import io.carbonrouter.explorer.simulation.DeploymentSettings;
import io.carbonrouter.explorer.simulation.Scenario;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrafficScheduleImporterTest {

    private static final Path SAMPLES = Path.of("sample-data", "trafficschedules");
    private static final String HEAD = "apiVersion: scheduling.carbonrouter.io/v1alpha1\nkind: TrafficSchedule\n"
            + "metadata:\n  name: a\n";

    @Test
    void readsAPlainResource() {
        ImportResult r = TrafficScheduleImporter.read(SAMPLES.resolve("plain.yaml"));

        Scenario s = r.scenario();
        assertEquals("traffic-schedule", s.name());
        assertEquals("Imported from TrafficSchedule shop/traffic-schedule", s.description());
        assertEquals("forecast-aware-global", s.policy());
        assertEquals(new PolicyConfig(0.1, -1.5, 1.5, 0.33, 120, 0.2, 180, 320), s.config());
        assertEquals(new DeploymentSettings(OptionalInt.of(60), OptionalInt.of(30), OptionalInt.of(5000),
                OptionalInt.of(300), Optional.of("national"), Optional.empty(), Map.of("router",
                new ComponentSettings(60, 75, Map.of("cpu", "250m", "memory", "256Mi"), Map.of(), false))),
                s.deployment());
        assertEquals(List.of(ComponentBound.of("router", 2, 10), ComponentBound.of("consumer", 1, 8),
                ComponentBound.of("target", 1, 16)), s.componentBounds());
        assertEquals(List.of(), r.ignored());
        assertEquals(List.of(), r.warnings());
    }

    @Test
    void takesFlavoursAndCurveFromTheDefaults() {
        Scenario s = TrafficScheduleImporter.read(SAMPLES.resolve("plain.yaml")).scenario();

        Scenario base = TrafficScheduleImporter.defaultBase();
        assertEquals(Scenario.DEFAULT_FLAVOURS, s.flavours());
        assertArrayEquals(base.intensity(), s.intensity());
        assertEquals(48, s.intensity().length);
    }

    @Test
    void readsWhatKubectlGetPrintsAndListsWhatItIgnored() {
        ImportResult r = TrafficScheduleImporter.read(SAMPLES.resolve("kubectl-get.yaml"));

        assertEquals(List.of("status", "metadata.annotations", "metadata.creationTimestamp", "metadata.generation",
                "metadata.managedFields", "metadata.resourceVersion", "metadata.uid"), r.ignored());
        assertEquals(List.of(), r.warnings());
        Scenario s = r.scenario();
        assertEquals("forecast-aware", s.policy());
        assertEquals(new PolicyConfig(0.15, -2.0, 2.0, 0.33, 10, 0.01, 250, 300), s.config());
        assertEquals(Optional.of("150"), s.deployment().carbonTarget());
        assertEquals(List.of(ComponentBound.of("router", 1, 15), ComponentBound.of("consumer", 0, 12),
                ComponentBound.of("target", 0, 12)), s.componentBounds());
    }

    @Test
    void readsWhatKubectlGetPrintsAsJson() {
        ImportResult r = TrafficScheduleImporter.parse("{\"apiVersion\": \"scheduling.carbonrouter.io/v1alpha1\","
                + " \"kind\": \"TrafficSchedule\", \"metadata\": {\"name\": \"j\", \"uid\": \"u-1\"},"
                + " \"spec\": {\"scheduler\": {\"creditMax\": \"3\", \"validFor\": 5}}, \"status\": {}}", "j.json");

        assertEquals(3.0, r.scenario().config().creditMax());
        assertEquals(OptionalInt.of(5), r.scenario().deployment().validFor());
        assertEquals(List.of("status", "metadata.uid"), r.ignored());
    }

    @Test
    void readsTheOlderShorthandAndGroup() {
        ImportResult r = TrafficScheduleImporter.read(SAMPLES.resolve("legacy-policy-shorthand.yaml"));

        assertEquals("precision-tier", r.scenario().policy());
        assertEquals(PolicyConfig.DEFAULTS, r.scenario().config());
        assertEquals(List.of(ComponentBound.of("router", 1, 6), ComponentBound.of("consumer", 1, 6)),
                r.scenario().componentBounds());
        assertEquals(List.of("apiVersion carbonrouter.belgio99.io/v1alpha1 is the older group; an export writes"
                + " scheduling.carbonrouter.io/v1alpha1",
                "spec.router.autoscaling.cooldownPeriod: missing; the operator needs it, so the scenario takes the"
                        + " upstream demo's 60 and an export writes it",
                "spec.router.autoscaling.cpuUtilization: missing; the operator needs it, so the scenario takes the"
                        + " upstream demo's 80 and an export writes it",
                "spec.consumer.autoscaling.cooldownPeriod: missing; the operator needs it, so the scenario takes the"
                        + " upstream demo's 120 and an export writes it",
                "spec.consumer.autoscaling.cpuUtilization: missing; the operator needs it, so the scenario takes the"
                        + " upstream demo's 80 and an export writes it"), r.warnings());
    }

    @Test
    void saysWhichKindItExpected() {
        InputException e = assertThrows(InputException.class, () -> TrafficScheduleImporter.parse(
                "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: x\n", "d.yaml"));

        assertEquals("d.yaml: kind: expected TrafficSchedule, got \"Deployment\" (line 2, column 7); apiVersion:"
                + " expected scheduling.carbonrouter.io/v1alpha1 (or the older carbonrouter.belgio99.io/v1alpha1),"
                + " got \"apps/v1\" (line 1, column 13)", e.getMessage());
    }

    @Test
    void saysWhichApiVersionItExpected() {
        InputException e = assertThrows(InputException.class, () -> TrafficScheduleImporter.parse(
                "kind: TrafficSchedule\napiVersion: carbonrouter.carbonshift.io/v1alpha1\n", "t.yaml"));

        assertEquals("t.yaml: apiVersion: expected scheduling.carbonrouter.io/v1alpha1 (or the older"
                + " carbonrouter.belgio99.io/v1alpha1), got \"carbonrouter.carbonshift.io/v1alpha1\" (line 2,"
                + " column 13)", e.getMessage());
    }

    @Test
    void givesLineAndColumnOfMalformedYaml() {
        InputException e = assertThrows(InputException.class, () -> TrafficScheduleImporter.parse(
                HEAD + "spec:\n  scheduler:\n    targetError: \"0.1\n", "bad.yaml"));

        assertTrue(e.getMessage().startsWith("bad.yaml: malformed"), e.getMessage());
        assertTrue(e.getMessage().matches(".*\\(line \\d+, column \\d+\\)$"), e.getMessage());
    }

    @Test
    void refusesAnAliasBombQuickly() {
        StringBuilder bomb = new StringBuilder("a: &a [" + "\"lol\",".repeat(7) + "\"lol\"]\n");
        for (char c = 'b'; c <= 'k'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(p).append(",*").append(p).append(",*")
                    .append(p).append(",*").append(p).append(",*").append(p).append(",*").append(p).append(",*")
                    .append(p).append(",*").append(p).append("]\n");
        }
        String text = HEAD + "spec:\n" + bomb.toString().indent(2);

        InputException e = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThrows(
                InputException.class, () -> TrafficScheduleImporter.parse(text, "bomb.yaml")));

        assertTrue(e.getMessage().contains("aliases"), e.getMessage());
    }

    @Test
    void listsUnknownFieldsAsWarnings() {
        ImportResult r = TrafficScheduleImporter.parse(HEAD + "extra: 1\nspec:\n  targetRef: {name: x}\n"
                + "  scheduler:\n    creditSensitivity: \"0.5\"\n  target:\n    debug: true\n"
                + "    autoscaling:\n      replicas: 3\n      cooldownPeriod: 30\n      cpuUtilization: 70\n",
                "u.yaml");

        assertEquals(List.of(
                "unknown field extra ignored (line 5, column 8)",
                "unknown field spec.targetRef ignored (line 7, column 14)",
                "unknown field spec.scheduler.creditSensitivity ignored (line 9, column 24)",
                "unknown field spec.target.debug ignored (line 11, column 12)",
                "unknown field spec.target.autoscaling.replicas ignored (line 13, column 17)"), r.warnings());
        assertEquals(0.33, r.scenario().config().creditSensitivity());
    }

    @Test
    void namesTheFieldOfANumberItCannotRead() {
        InputException e = assertThrows(InputException.class, () -> TrafficScheduleImporter.parse(
                HEAD + "spec:\n  scheduler:\n    creditMin: \"abc\"\n    validFor: 1.5\n", "n.yaml"));

        assertEquals("n.yaml: spec.scheduler.creditMin: \"abc\" is not a number (line 7, column 16);"
                + " spec.scheduler.validFor: \"1.5\" is not a whole number between -2147483648 and 2147483647"
                + " (line 8, column 15)", e.getMessage());
    }

    @Test
    void readsValuesTypedUnlikeTheCrdButWarns() {
        ImportResult r = TrafficScheduleImporter.parse(HEAD + "spec:\n  scheduler:\n    targetError: 0.2\n"
                + "    validFor: \"30\"\n", "t.yaml");

        assertEquals(0.2, r.scenario().config().targetError());
        assertEquals(OptionalInt.of(30), r.scenario().deployment().validFor());
        assertEquals(List.of(
                "spec.scheduler.targetError: written as a number but the CRD wants a string such as \"0.2\";"
                        + " kubectl apply would refuse it (line 7, column 18)",
                "spec.scheduler.validFor: written as a string but the CRD wants an integer; kubectl apply would"
                        + " refuse it (line 8, column 15)"), r.warnings());
    }

    @Test
    void reportsEngineRulesAtTheResourcesOwnPaths() {
        InputException e = assertThrows(InputException.class, () -> TrafficScheduleImporter.parse(HEAD
                + "spec:\n  scheduler:\n    creditMin: \"2\"\n  router:\n    autoscaling:\n"
                + "      minReplicaCount: 5\n      maxReplicaCount: 2\n", "r.yaml"));

        assertEquals("r.yaml: spec.scheduler.creditMin: creditMin (2.0) must be below creditMax (1.0)"
                + " (line 7, column 16); spec.router.autoscaling.minReplicaCount: min (5) must not exceed max (2)"
                + " (line 10, column 24)", e.getMessage());
    }

    @Test
    void fallsBackWhenThePolicyIsUnknownToTheExplorer() {
        ImportResult r = TrafficScheduleImporter.parse(HEAD + "spec:\n  scheduler:\n    policy: my-custom\n",
                "p.yaml");

        assertEquals(Scenario.DEFAULT_POLICY, r.scenario().policy());
        assertTrue(r.warnings().get(0).startsWith("policy 'my-custom' is not a strategy the explorer has ("),
                r.warnings()::toString);
    }

    @Test
    void prefersTheSchedulerPolicyOverTheShorthand() {
        ImportResult r = TrafficScheduleImporter.parse(HEAD + "spec:\n  policy: p100\n  scheduler:\n"
                + "    policy: round-robin\n", "p.yaml");

        assertEquals("round-robin", r.scenario().policy());
        assertEquals(List.of("spec.policy (p100) and spec.scheduler.policy (round-robin) disagree; using"
                + " spec.scheduler.policy"), r.warnings());
    }

    @Test
    void unwrapsAListOfOneAndRefusesAListOfMany() {
        String item = "- " + HEAD.replace("\n", "\n  ").trim() + "\n  spec:\n    policy: p100\n";
        ImportResult one = TrafficScheduleImporter.parse("apiVersion: v1\nkind: List\nitems:\n" + item, "l.yaml");
        InputException two = assertThrows(InputException.class, () -> TrafficScheduleImporter.parse(
                "apiVersion: v1\nkind: List\nitems:\n" + item + item, "l.yaml"));

        assertEquals("p100", one.scenario().policy());
        assertEquals("l.yaml: items: a List of 2 resources; import one, as printed by kubectl get trafficschedule"
                + " NAME -o yaml (line 2, column 7)", two.getMessage());
    }

    @Test
    void importsOntoAScenarioKeepingWhatTheCrdCannotHold() {
        Scenario base = Scenario.builder().intensity(10, 20).flavours(List.of(
                        new io.carbonrouter.explorer.engine.FlavourProfile("hi", 1.0, 2.0, true)))
                .config(PolicyConfig.DEFAULTS.withCreditSensitivity(0.9).withTargetError(0.3))
                .componentBounds(List.of(ComponentBound.of("router", 9, 9), ComponentBound.of("cache", 1, 2)))
                .build();

        Scenario s = TrafficScheduleImporter.read(SAMPLES.resolve("legacy-policy-shorthand.yaml"), base).scenario();

        assertArrayEquals(new double[] {10, 20}, s.intensity());
        assertEquals(base.flavours(), s.flavours());
        assertEquals(PolicyConfig.DEFAULTS.withCreditSensitivity(0.9), s.config());
        assertEquals(List.of(ComponentBound.of("router", 1, 6), ComponentBound.of("consumer", 1, 6),
                ComponentBound.of("cache", 1, 2)), s.componentBounds());
    }

    @Test
    void namesAMissingFile() {
        InputException e = assertThrows(InputException.class,
                () -> TrafficScheduleImporter.read(Path.of("no-such.yaml")));

        assertEquals("no-such.yaml: no such file", e.getMessage());
    }
}
