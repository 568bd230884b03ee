package io.carbonrouter.explorer.engine;

import io.carbonrouter.explorer.simulation.Scenario;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;

/** The buffer-filling step is the same step as the one that returns copies, bit for bit. */
class StepBufferTest {

    private static final List<ComponentBound> BOUNDS = List.of(ComponentBound.of("router", 1, 10),
            ComponentBound.of("consumer", null, 12), ComponentBound.of("target", 2, null));
    private static final List<FlavourProfile> SIX = List.of(new FlavourProfile("a", 1.0, 1.0, true),
            new FlavourProfile("b", 0.9, 0.8, true), new FlavourProfile("c", 0.7, 0.5, true),
            new FlavourProfile("d", 0.5, 0.3, false), new FlavourProfile("e", 0.9, 0.6, true),
            new FlavourProfile("f", 0.3, 0.1, true));

    private static ForecastSnapshot[] day() {
        double[] curve = new double[48];
        double[] demand = new double[48];
        for (int i = 0; i < curve.length; i++) {
            curve[i] = 170 + 130 * Math.sin(i * Math.PI / 12) + 40 * Math.cos(i * 1.7);
            demand[i] = 100 + 60 * Math.sin(i * 0.9);
        }
        curve[7] = Double.NaN;
        ForecastSnapshot[] out = new ForecastSnapshot[curve.length];
        for (int t = 0; t < curve.length; t++) {
            ForecastSchedule s = new ForecastSchedule(curve, t, 12, Instant.EPOCH, Duration.ofMinutes(30));
            out[t] = new ForecastSnapshot(s.value(0), s.value(1), OptionalDouble.of(demand[t]),
                    OptionalDouble.of(demand[(t + 1) % demand.length]), s);
        }
        return out;
    }

    private static DecisionEngine engine(String policy, double balance) {
        return new DecisionEngine(StrategyRegistry.builtIns(), policy, PolicyConfig.DEFAULTS.withCreditWindow(20),
                Scenario.DEFAULT_FLAVOURS, BOUNDS, balance, 7);
    }

    @Test
    void givenEveryBuiltInWhenOneEngineStepsIntoABufferThenEveryStepEqualsTheCopyingStep() {
        ForecastSnapshot[] day = day();
        for (String policy : StrategyRegistry.builtIns().names()) {
            DecisionEngine copying = engine(policy, -0.6);
            DecisionEngine buffered = engine(policy, -0.6);
            StepBuffer buffer = new StepBuffer();
            for (int t = 0; t < 300; t++) {
                if (t == 150) {
                    copying.reconfigure(PolicyConfig.DEFAULTS, SIX, BOUNDS.subList(0, 1));
                    buffered.reconfigure(PolicyConfig.DEFAULTS, SIX, BOUNDS.subList(0, 1));
                }
                EngineStep expected = copying.step(day[t % day.length]);
                buffered.stepInto(day[t % day.length], buffer);
                assertSame(policy + " step " + t, expected, buffer, buffered.replicaBounds());
            }
        }
    }

    /** A copy that shares nothing with the snapshot but its curve, so no cache keyed on it can hit. */
    private static ForecastSnapshot copyOf(ForecastSnapshot s, double[] curve, int t) {
        ForecastSchedule schedule = new ForecastSchedule(curve, t, s.schedule().size(), Instant.EPOCH,
                Duration.ofMinutes(30));
        return new ForecastSnapshot(s.intensityNow(), s.intensityNext(), s.demandNow(), s.demandNext(), schedule);
    }

    @Test
    void givenEveryBuiltInWhenTicksShareASnapshotAcrossAnEditThenEachStepEqualsOneOnAFreshCopy() {
        ForecastSnapshot[] day = day();
        double[] curve = new double[day.length];
        for (int t = 0; t < curve.length; t++) {
            curve[t] = day[t].schedule().raw(0);
        }
        // Steeper throttle band from tick 100 on, while the same snapshot object is still being stepped.
        PolicyConfig edited = PolicyConfig.DEFAULTS.withThrottleIntensityFloor(60).withThrottleIntensityCeiling(200);
        for (String policy : StrategyRegistry.builtIns().names()) {
            DecisionEngine sharing = engine(policy, -0.3);
            DecisionEngine fresh = engine(policy, -0.3);
            StepBuffer buffer = new StepBuffer();
            for (int tick = 0; tick < 240; tick++) {
                int slot = tick / 8;
                if (tick == 100) {
                    sharing.reconfigure(edited, Scenario.DEFAULT_FLAVOURS, BOUNDS);
                    fresh.reconfigure(edited, Scenario.DEFAULT_FLAVOURS, BOUNDS);
                }
                EngineStep expected = fresh.step(copyOf(day[slot % day.length], curve, slot % day.length));
                sharing.stepInto(day[slot % day.length], buffer);
                assertSame(policy + " tick " + tick, expected, buffer, sharing.replicaBounds());
            }
        }
    }

    @Test
    void givenEveryBuiltInWhenItReportsDiagnosticsThenEachKeyIsOneItPublishes() {
        ForecastSnapshot[] day = day();
        for (String policy : StrategyRegistry.builtIns().names()) {
            DecisionEngine engine = engine(policy, 0.4);
            List<String> published = engine.policy().diagnosticKeys();
            StepBuffer buffer = new StepBuffer();
            for (int t = 0; t < 100; t++) {
                engine.stepInto(day[t % day.length], buffer);
                Decision d = buffer.decision();
                for (int i = 0; i < d.diagnosticCount(); i++) {
                    assertThat(published).as(policy).contains(d.diagnosticKey(i));
                }
            }
        }
    }

    @Test
    void givenEveryBuiltInWhenDiagnosticsAreNotKeptThenTheDecisionLedgerAndThrottleAreTheSameBitForBit() {
        ForecastSnapshot[] day = day();
        for (String policy : StrategyRegistry.builtIns().names()) {
            DecisionEngine keeping = engine(policy, -0.4);
            DecisionEngine lean = engine(policy, -0.4);
            StepBuffer full = new StepBuffer();
            StepBuffer bare = new StepBuffer();
            bare.decision().keepDiagnostics(false);
            for (int t = 0; t < 300; t++) {
                keeping.decideInto(day[t % day.length], full);
                lean.decideInto(day[t % day.length], bare);
                String where = policy + " step " + t;
                Decision a = full.decision();
                Decision b = bare.decision();
                assertThat(b.diagnosticCount()).as(where).isZero();
                assertThat(b.size()).as(where).isEqualTo(a.size());
                for (int i = 0; i < a.size(); i++) {
                    assertThat(b.name(i)).as(where).isEqualTo(a.name(i));
                    same(where, b.value(i), a.value(i));
                }
                same(where, b.avgPrecision(), a.avgPrecision());
                same(where, bare.balance(), full.balance());
                same(where, bare.throttle(), full.throttle());
            }
            if (!keeping.policy().diagnosticKeys().isEmpty()) {
                assertThat(full.decision().diagnosticCount()).as(policy + " keeps its diagnostics").isPositive();
            }
        }
    }

    /** Bit for bit: NaN equals NaN, 0 differs from -0. */
    private static void same(String where, double actual, double expected) {
        assertThat(Double.valueOf(actual)).as(where).isEqualTo(Double.valueOf(expected));
    }

    private static void assertSame(String where, EngineStep expected, StepBuffer actual, ReplicaBounds bounds) {
        Decision d = actual.decision();
        Weights w = expected.result().weights();
        assertThat(d.size()).as(where).isEqualTo(w.size());
        for (int i = 0; i < w.size(); i++) {
            assertThat(d.name(i)).as(where).isEqualTo(w.name(i));
            same(where, d.value(i), w.value(i));
            assertThat(actual.flavourWeight(i)).as(where).isEqualTo(expected.flavourWeights()[i]);
        }
        same(where, d.avgPrecision(), expected.result().avgPrecision());
        PolicyDiagnostics diagnostics = expected.result().diagnostics();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < d.diagnosticCount(); i++) {
            keys.add(d.diagnosticKey(i));
            same(where, d.diagnosticValue(i), diagnostics.raw(i));
        }
        assertThat(keys).as(where).isEqualTo(diagnostics.names());
        same(where, actual.balance(), expected.balance());
        same(where, actual.velocity(), expected.velocity());
        ScalingDirective s = expected.scaling();
        same(where, actual.throttle(), s.throttle());
        same(where, actual.creditsRatio(), s.creditsRatio());
        same(where, actual.intensityRatio(), s.intensityRatio());
        assertThat(bounds.components()).as(where).isEqualTo(s.components());
        for (int i = 0; i < bounds.size(); i++) {
            assertThat(actual.ceiling(i)).as(where).isEqualTo(s.ceilings()[i]);
        }
    }
}
