package io.carbonrouter.explorer.io.schedule;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The checker itself: it must catch what it is there to catch, or the export tests prove nothing. */
class CrdSchemaTest {

    private static final String HEAD = "apiVersion: scheduling.carbonrouter.io/v1alpha1\nkind: TrafficSchedule\n"
            + "metadata:\n  name: a\n  namespace: b\n";

    @Test
    void givenAWellTypedResourceThenItIsAccepted() throws IOException {
        String yaml = HEAD + "spec:\n  scheduler:\n    targetError: \"0.1\"\n    creditWindow: 30\n"
                + "  router:\n    autoscaling:\n      minReplicaCount: 1\n    debug: true\n";

        assertEquals(List.of(), CrdSchema.trafficSchedule().violations(yaml));
    }

    @Test
    void givenANumberWhereTheCrdWantsAStringThenItIsRefused() throws IOException {
        List<String> v = CrdSchema.trafficSchedule().violations(HEAD + "spec:\n  scheduler:\n    targetError: 0.1\n");

        assertEquals(1, v.size(), v::toString);
        assertTrue(v.get(0).startsWith("spec.scheduler.targetError: expected string"), v::toString);
    }

    @Test
    void givenAStringWhereTheCrdWantsAnIntegerThenItIsRefused() throws IOException {
        List<String> v = CrdSchema.trafficSchedule().violations(HEAD + "spec:\n  scheduler:\n    validFor: \"60\"\n");

        assertTrue(v.get(0).startsWith("spec.scheduler.validFor: expected integer"), v::toString);
    }

    @Test
    void givenUnknownFieldsAtAnyLevelThenEachIsRefused() throws IOException {
        String yaml = "apiVersion: x\nkind: TrafficSchedule\nextra: 1\nmetadata:\n  name: a\n  uid: u\n"
                + "spec:\n  componentBounds: {}\n  scheduler:\n    creditSensitivity: \"0.3\"\n"
                + "  target:\n    debug: true\n    autoscaling:\n      replicas: 2\n";

        List<String> v = CrdSchema.trafficSchedule().exportedMetadataOnly().violations(yaml);

        assertEquals(List.of("extra: unknown field", "metadata.uid: unknown field",
                "spec.componentBounds: unknown field", "spec.scheduler.creditSensitivity: unknown field",
                "spec.target.debug: unknown field", "spec.target.autoscaling.replicas: unknown field"), v);
    }

    @Test
    void givenIntegersBeyondInt32ThenTheyAreRefused() throws IOException {
        List<String> v = CrdSchema.trafficSchedule().violations(HEAD
                + "spec:\n  consumer:\n    autoscaling:\n      maxReplicaCount: 3000000000\n");

        assertEquals(List.of("spec.consumer.autoscaling.maxReplicaCount: 3000000000 does not fit in int32"), v);
    }

    @Test
    void givenAKubectlDumpThenItsObjectMetaIsAllowedButStillTyped() {
        String yaml = "apiVersion: x\nkind: TrafficSchedule\nmetadata:\n  name: 7\n  uid: u\n  generation: 2\n"
                + "  color: red\n";

        assertEquals(List.of("metadata.name: expected string, got 7", "metadata.color: unknown field"),
                CrdSchema.trafficSchedule().violations(yaml));
    }

    @Test
    void givenResourceQuantitiesThenIntegersAndQuantityStringsPassAndOthersAreNamed() {
        String yaml = HEAD + "spec:\n  router:\n    resources:\n      requests:\n        cpu: 1\n"
                + "        memory: 256Mi\n      limits:\n        cpu: lots\n        memory: 0.5\n";

        assertEquals(List.of("spec.router.resources.limits.cpu: \"lots\" does not match the pattern "
                        + "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?"
                        + "(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$",
                "spec.router.resources.limits.memory: expected integer or string, got number 0.5"),
                CrdSchema.trafficSchedule().violations(yaml));
    }

    @Test
    void givenTheHelmChartsOlderCrdThenTheThrottleFieldsAreUnknown() {
        CrdSchema helm = CrdFiles.read(Path.of("src/test/resources/crd/helm-umbrella-trafficschedules.yaml"));

        assertEquals(List.of("spec.scheduler.throttleMin: unknown field"),
                helm.violations(HEAD + "spec:\n  scheduler:\n    throttleMin: \"0.1\"\n"));
    }
}
