package io.carbonrouter.explorer.io.schedule;

import io.carbonrouter.explorer.io.InputException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each rule of {@code check}, on a resource broken in exactly that way, names the field. */
class ScheduleCheckTest {

    private static final String HEAD = "apiVersion: scheduling.carbonrouter.io/v1alpha1\nkind: TrafficSchedule\n"
            + "metadata:\n  name: traffic-schedule\n  namespace: shop\n";
    private static final String AUTOSCALING = "    autoscaling:\n      minReplicaCount: 1\n      maxReplicaCount: 5\n"
            + "      cooldownPeriod: 60\n      cpuUtilization: 80\n";
    private static final String COMPONENTS = "  router:\n" + AUTOSCALING + "  consumer:\n" + AUTOSCALING
            + "  target:\n" + AUTOSCALING;

    private static List<String> check(String spec) {
        return ScheduleCheck.problems(HEAD + "spec:\n" + spec, "t.yaml", CrdSchema.trafficSchedule());
    }

    @Test
    void givenACompleteResourceThenThereIsNoProblem() {
        assertEquals(List.of(), check(COMPONENTS + "  scheduler:\n    policy: p100\n    targetError: \"0.1\"\n"));
    }

    @Test
    void givenNoCpuTriggerOrRouterMaxThenItNamesWhatTheOperatorDereferences() {
        List<String> p = check("  router:\n    autoscaling:\n      minReplicaCount: 1\n      cpuUtilization: 80\n"
                + "  consumer:\n" + AUTOSCALING + "  target:\n    autoscaling:\n      maxReplicaCount: 3\n");

        assertEquals(List.of("spec.router.autoscaling.maxReplicaCount: missing; the operator dereferences the"
                        + " router's max, so reconciliation stalls",
                "spec.target.autoscaling.cpuUtilization: missing; the operator dereferences it when it builds the"
                        + " target's ScaledObject, so reconciliation stalls"), p);
    }

    @Test
    void givenSchemaBreaksThenTypesUnknownFieldsAndInt32RangeAreNamed() {
        List<String> p = check(COMPONENTS.replace("cooldownPeriod: 60", "cooldownPeriod: 3000000000")
                + "  scheduler:\n    targetError: 0.1\n    creditSensitivity: \"0.3\"\n");

        assertEquals(List.of("spec.router.autoscaling.cooldownPeriod: 3000000000 does not fit in int32",
                "spec.consumer.autoscaling.cooldownPeriod: 3000000000 does not fit in int32",
                "spec.target.autoscaling.cooldownPeriod: 3000000000 does not fit in int32",
                "spec.scheduler.targetError: expected string, got number 0.1",
                "spec.scheduler.creditSensitivity: unknown field"), p);
    }

    @Test
    void givenNumbersGoCannotParseThenItSaysTheOperatorDropsThem() {
        List<String> p = check(COMPONENTS + "  scheduler:\n    creditMin: \"-1,5\"\n    creditMax: \"1e400\"\n"
                + "    throttleMin: \"inf\"\n    throttleIntensityFloor: \" 1_0\"\n    targetError: \" .5 \"\n");

        assertEquals(List.of("spec.scheduler.creditMin: \"-1,5\" is not a number Go's ParseFloat reads; the operator"
                        + " drops it and the engine default applies",
                "spec.scheduler.creditMax: \"1e400\" is not a number Go's ParseFloat reads; the operator drops it"
                        + " and the engine default applies",
                "spec.scheduler.throttleMin: \"inf\" is not finite",
                "spec.scheduler.throttleIntensityFloor: \" 1_0\" is not a number Go's ParseFloat reads; the"
                        + " operator drops it and the engine default applies"), p);
    }

    @Test
    void givenAPolicyTheEngineLacksAndCrossedBoundsThenBothAreNamed() {
        List<String> p = check(COMPONENTS.replaceFirst("minReplicaCount: 1", "minReplicaCount: 9")
                + "  scheduler:\n    policy: precision-tier\n");

        assertEquals(List.of("spec.router.autoscaling.minReplicaCount: 9 exceeds maxReplicaCount 5",
                "spec.scheduler.policy: policy 'precision-tier' is not registered in the deployed decision engine"
                        + " (credit-greedy, forecast-aware, forecast-aware-global, p100, random, round-robin); it"
                        + " would silently run credit-greedy"), p);
    }

    @Test
    void givenAnotherNameOrGroupThenTheEnvelopeProblemsComeFirst() {
        List<String> p = ScheduleCheck.problems("apiVersion: carbonrouter.belgio99.io/v1alpha1\nkind: TrafficSchedule"
                + "\nmetadata:\n  name: checkout\nspec:\n" + COMPONENTS, "t.yaml", CrdSchema.trafficSchedule());

        assertEquals(List.of("apiVersion: 'carbonrouter.belgio99.io/v1alpha1'; the operator watches"
                        + " scheduling.carbonrouter.io/v1alpha1",
                "metadata.namespace: missing; the operator finds flavours and configures pods per namespace",
                "metadata.name: 'checkout'; the router and consumer read only traffic-schedule (their TS_NAME)"), p);
    }

    @Test
    void givenAListDumpThenEachItemIsCheckedUnderItsIndex() {
        String item = (HEAD + "spec:\n" + COMPONENTS).indent(2).replaceFirst("  ", "- ");
        List<String> p = ScheduleCheck.problems("apiVersion: v1\nkind: List\nitems:\n" + item.replace(
                "name: traffic-schedule", "name: other"), "l.yaml", CrdSchema.trafficSchedule());

        assertEquals(List.of("items[0].metadata.name: 'other'; the router and consumer read only traffic-schedule"
                + " (their TS_NAME)"), p);
    }

    @Test
    void givenMalformedYamlThenItGivesLineAndColumn() {
        InputException e = assertThrows(InputException.class,
                () -> ScheduleCheck.problems("spec: [\n", "bad.yaml", CrdSchema.trafficSchedule()));

        assertTrue(e.getMessage().startsWith("bad.yaml: ") && e.getMessage().contains("line"), e.getMessage());
    }
}
