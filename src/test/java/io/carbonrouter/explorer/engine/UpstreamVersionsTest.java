package io.carbonrouter.explorer.engine;

import io.carbonrouter.explorer.engine.strategies.historical.ForecastAwareGlobal781c6d5;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The historical versions of upstream's strategies: named name@commit, runnable, kept out of comparisons. */
class UpstreamVersionsTest {

    private static final StrategyRegistry REGISTRY = StrategyRegistry.builtIns();
    private static final List<FlavourProfile> FLAVOURS = List.of(new FlavourProfile("precision-100", 1.0, 1.0, true),
            new FlavourProfile("precision-50", 0.5, 0.6, true), new FlavourProfile("precision-30", 0.3, 0.3, true));

    @Test
    void everyVersionIsTodaysStrategyAtAShortCommit() {
        List<String> names = REGISTRY.historical().stream().map(StrategyProvider::name).toList();
        assertThat(names).containsExactly("credit-greedy@781c6d5", ForecastAwareGlobal781c6d5.NAME, "p100@cf04685",
                "round-robin@cf04685", "random@cf04685", "forecast-aware@3b01f99");
        for (StrategyProvider p : REGISTRY.historical()) {
            String[] parts = p.name().split("@");
            assertThat(parts[1]).matches("[0-9a-f]{7}");
            assertThat(REGISTRY.names()).contains(parts[0]).doesNotContain(p.name());
            assertThat(p.description()).contains(parts[1]).contains("65bb211");
            assertThat(REGISTRY.isHistorical(p.name())).isTrue();
            SchedulerPolicy policy = REGISTRY.create(p.name(), new PolicyContext(ledger(), 3));
            assertThat(policy.name()).isEqualTo(p.name());
            assertThat(policy.throttleRules()).isEqualTo(ThrottleRules.BEFORE_65BB211);
        }
        assertThat(REGISTRY.isHistorical("credit-greedy")).isFalse();
    }

    @Test
    void anUnknownCommitIsRefusedNamingTheVersionsThatExist() {
        assertThatThrownBy(() -> REGISTRY.create("credit-greedy@0000000", new PolicyContext(ledger(), 0)))
                .hasMessageContaining("unknown policy 'credit-greedy@0000000'")
                .hasMessageContaining("historical: credit-greedy@781c6d5");
    }

    @Test
    void theOldThrottleIsTheClampAloneWhereTodaysWaitsForTheCleanerSlot() {
        // now 300, the cleanest of the next slots 100: today's throttle divides by 3 (opportunity), the old
        // engine's stays at min(creditsRatio, intensityRatio) within [throttleMin, 1]
        double[] curve = {300, 100, 100, 100};
        PolicyConfig config = PolicyConfig.DEFAULTS;
        EngineStep today = engine("credit-greedy", config).step(snapshot(curve));
        EngineStep then = engine("credit-greedy@781c6d5", config).step(snapshot(curve));
        assertThat(then.result().weights().asMap()).isEqualTo(today.result().weights().asMap());
        double intensityRatio = (350.0 - 300.0) / 200.0;
        assertThat(then.scaling().throttle()).isEqualTo(Math.max(config.throttleMin(),
                Math.min(then.scaling().creditsRatio(), intensityRatio)));
        assertThat(today.scaling().throttle()).isLessThan(then.scaling().throttle());
    }

    @Test
    void randomAtCf04685RepeatsWithItsSeedAndSumsToOne() {
        PolicyResult a = REGISTRY.create("random@cf04685", new PolicyContext(ledger(), 9))
                .evaluate(FLAVOURS, snapshot(new double[] {200, 210}));
        PolicyResult b = REGISTRY.create("random@cf04685", new PolicyContext(ledger(), 9))
                .evaluate(FLAVOURS, snapshot(new double[] {200, 210}));
        assertThat(a.weights().asMap()).isEqualTo(b.weights().asMap());
        assertThat(a.weights().sum()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
    }

    private static DecisionEngine engine(String policy, PolicyConfig config) {
        return new DecisionEngine(REGISTRY, policy, config, FLAVOURS, List.of(ComponentBound.of("router", 1, 10)),
                0.0, 0);
    }

    private static CreditLedger ledger() {
        return new CreditLedger(PolicyConfig.DEFAULTS, 0.0);
    }

    private static ForecastSnapshot snapshot(double[] curve) {
        ForecastSchedule s = new ForecastSchedule(curve, 0, curve.length, Instant.EPOCH, Duration.ofMinutes(30));
        return new ForecastSnapshot(s.value(0), s.value(1), OptionalDouble.of(100), OptionalDouble.of(100), s);
    }
}
