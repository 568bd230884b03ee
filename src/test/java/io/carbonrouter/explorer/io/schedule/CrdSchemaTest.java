package io.carbonrouter.explorer.io.schedule;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The checker itself: it must catch what it is there to catch, or the export tests prove nothing. */
class CrdSchemaTest {

    private static final String HEAD = "apiVersion: scheduling.carbonrouter.io/v1alpha1\nkind: TrafficSchedule\n"
            + "metadata:\n  name: a\n  namespace: b\n";

    @Test
    void acceptsAWellTypedResource() throws IOException {
        String yaml = HEAD + "spec:\n  scheduler:\n    targetError: \"0.1\"\n    creditWindow: 30\n"
                + "  router:\n    autoscaling:\n      minReplicaCount: 1\n    debug: true\n";

        assertEquals(List.of(), CrdSchema.trafficSchedule().violations(yaml));
    }

    @Test
    void refusesANumberWhereTheCrdWantsAString() throws IOException {
        List<String> v = CrdSchema.trafficSchedule().violations(HEAD + "spec:\n  scheduler:\n    targetError: 0.1\n");

        assertEquals(1, v.size(), v::toString);
        assertTrue(v.get(0).startsWith("spec.scheduler.targetError: expected string"), v::toString);
    }

    @Test
    void refusesAStringWhereTheCrdWantsAnInteger() throws IOException {
        List<String> v = CrdSchema.trafficSchedule().violations(HEAD + "spec:\n  scheduler:\n    validFor: \"60\"\n");

        assertTrue(v.get(0).startsWith("spec.scheduler.validFor: expected integer"), v::toString);
    }

    @Test
    void refusesUnknownFieldsAtEveryLevel() throws IOException {
        String yaml = "apiVersion: x\nkind: TrafficSchedule\nextra: 1\nmetadata:\n  name: a\n  uid: u\n"
                + "spec:\n  componentBounds: {}\n  scheduler:\n    creditSensitivity: \"0.3\"\n"
                + "  target:\n    debug: true\n    autoscaling:\n      replicas: 2\n";

        List<String> v = CrdSchema.trafficSchedule().violations(yaml);

        assertEquals(List.of("extra: unknown field", "metadata.uid: unknown field",
                "spec.componentBounds: unknown field", "spec.scheduler.creditSensitivity: unknown field",
                "spec.target.debug: unknown field", "spec.target.autoscaling.replicas: unknown field"), v);
    }

    @Test
    void refusesIntegersBeyondInt32() throws IOException {
        List<String> v = CrdSchema.trafficSchedule().violations(HEAD
                + "spec:\n  consumer:\n    autoscaling:\n      maxReplicaCount: 3000000000\n");

        assertEquals(List.of("spec.consumer.autoscaling.maxReplicaCount: 3000000000 does not fit in int32"), v);
    }
}
