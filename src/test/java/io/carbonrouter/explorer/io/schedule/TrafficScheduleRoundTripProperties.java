package io.carbonrouter.explorer.io.schedule;

import io.carbonrouter.explorer.engine.ComponentBound;
import io.carbonrouter.explorer.engine.PolicyConfig;
import io.carbonrouter.explorer.engine.StrategyRegistry;
import io.carbonrouter.explorer.simulation.DeploymentSettings;
import io.carbonrouter.explorer.simulation.Scenario;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Random scheduler and component settings: every export passes the CRD schema and {@code check}, and imports
 * back to the same settings.
 */
class TrafficScheduleRoundTripProperties {

    private static final Scenario BASE = Scenario.of(100, 200, 300);
    private final CrdSchema schema;

    TrafficScheduleRoundTripProperties() throws IOException {
        schema = CrdSchema.trafficSchedule().exportedMetadataOnly();
    }

    @Property(tries = 300)
    void exportPassesTheSchemaAndReadsBackExactly(@ForAll("scenarios") Scenario s, @ForAll("names") String name,
                                                  @ForAll("names") String namespace) throws IOException {
        String yaml = TrafficScheduleExporter.toYaml(s, name, namespace);

        Scenario back = TrafficScheduleImporter.parse(yaml, "random.yaml", BASE).scenario();

        assertEquals(List.of(), schema.violations(yaml), yaml);
        assertEquals(name, back.name());
        assertEquals(s.policy(), back.policy());
        assertEquals(s.config(), back.config());
        assertEquals(s.deployment(), back.deployment());
        assertEquals(s.componentBounds(), back.componentBounds());
    }

    @Property(tries = 200)
    void anExportUnderTheDefaultNameWithADeployedPolicyPassesCheck(@ForAll("scenarios") Scenario random,
                                                                 @ForAll("deployedPolicies") String policy) {
        Scenario s = random.toBuilder().policy(policy).build();

        String yaml = TrafficScheduleExporter.toYaml(s, DeployedEngine.SCHEDULE_NAME, "shop");

        assertEquals(List.of(), ScheduleCheck.problems(yaml, "random.yaml", CrdSchema.trafficSchedule()), yaml);
    }

    @Provide
    Arbitrary<String> deployedPolicies() {
        return Arbitraries.of(DeployedEngine.POLICIES);
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789-").ofMinLength(1)
                .ofMaxLength(20).filter(s -> KubernetesNames.namespaceProblem(s).isEmpty());
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<String> policy = Arbitraries.of(StrategyRegistry.builtIns().names());
        return Combinators.combine(policy, configs(), deployments(), bounds())
                .as((p, c, d, b) -> BASE.toBuilder().policy(p).config(c).deployment(d).componentBounds(b).build());
    }

    private static Arbitrary<PolicyConfig> configs() {
        Arbitrary<Double> unit = Arbitraries.doubles().between(0, 1).ofScale(17);
        Arbitrary<Double> any = Arbitraries.oneOf(Arbitraries.doubles().between(-1e6, 1e6).ofScale(3),
                Arbitraries.longs().map(Double::longBitsToDouble).filter(Double::isFinite))
                .map(d -> d + 0.0); // -0.0 exports as "0": the engine cannot tell the two apart
        Arbitrary<double[]> credit = Combinators.combine(any, any).as((a, b) -> new double[] {a, b})
                .filter(ab -> ab[0] != ab[1]).map(ab -> new double[] {Math.min(ab[0], ab[1]), Math.max(ab[0], ab[1])});
        return Combinators.combine(unit, credit, Arbitraries.integers().between(1, Integer.MAX_VALUE), unit, any, any)
                .as((t, cr, w, tm, floor, ceiling) -> new PolicyConfig(t, cr[0], cr[1], 0.33, w, tm, floor, ceiling));
    }

    private static Arbitrary<DeploymentSettings> deployments() {
        Arbitrary<OptionalInt> count = Arbitraries.integers().between(0, Integer.MAX_VALUE)
                .map(OptionalInt::of).injectNull(0.3).map(o -> o == null ? OptionalInt.empty() : o);
        Arbitrary<Optional<String>> text = Arbitraries.strings().ofMaxLength(12).injectNull(0.3)
                .map(Optional::ofNullable);
        return Combinators.combine(count, count, count, count, text, text).as(DeploymentSettings::new)
                .flatMap(d -> ComponentSettingsArbitraries.components().map(d::withComponents));
    }

    /** Complete bounds: an export fills in what a scenario leaves out, and its warnings say so. */
    private static Arbitrary<List<ComponentBound>> bounds() {
        Arbitrary<Integer> count = Arbitraries.integers().between(0, Integer.MAX_VALUE);
        return Combinators.combine(count, count, count, count, count, count).as((a, b, c, d, e, f) -> {
            List<ComponentBound> out = new ArrayList<>();
            add(out, "router", a, b);
            add(out, "consumer", c, d);
            add(out, "target", e, f);
            return out;
        });
    }

    private static void add(List<ComponentBound> out, String component, int x, int y) {
        out.add(ComponentBound.of(component, Math.min(x, y), Math.max(x, y)));
    }
}
