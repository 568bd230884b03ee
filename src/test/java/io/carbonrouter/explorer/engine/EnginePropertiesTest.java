package io.carbonrouter.explorer.engine;

import io.carbonrouter.explorer.simulation.KeyedSeries;
import io.carbonrouter.explorer.simulation.Run;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.Simulator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeTry;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Invariants of every built-in strategy over random flavours, configs and curves. */
class EnginePropertiesTest {

    private static final double EPS = 1e-9;
    private Simulator simulator;

    @BeforeTry
    void setUp() {
        simulator = new Simulator(StrategyRegistry.builtIns());
    }

    @Property(tries = 300)
    void everyStepKeepsTheEngineInvariants(@ForAll("scenarios") Scenario scenario,
                                           @ForAll("policies") String policy) {
        Run run = simulator.run(scenario, policy);
        PolicyConfig c = scenario.config();
        Set<String> enabled = scenario.flavours().stream().filter(FlavourProfile::enabled)
                .map(FlavourProfile::name).collect(Collectors.toSet());
        double minP = scenario.flavours().stream().filter(FlavourProfile::enabled)
                .mapToDouble(FlavourProfile::precision).min().orElseThrow();
        double maxP = scenario.flavours().stream().filter(FlavourProfile::enabled)
                .mapToDouble(FlavourProfile::precision).max().orElseThrow();
        KeyedSeries w = run.weights();
        KeyedSeries iw = run.flavourWeights();
        assertThat(run.steps()).isEqualTo(scenario.effectiveSteps());
        for (int t = 0; t < run.steps(); t++) {
            double sum = 0;
            int intSum = 0;
            for (int k = 0; k < w.names().size(); k++) {
                if (!w.has(t, k)) {
                    continue;
                }
                assertThat(enabled).as("only enabled flavours get a key").contains(w.names().get(k));
                assertThat(w.value(t, k)).as("weight").isGreaterThanOrEqualTo(0.0);
                sum += w.value(t, k);
                intSum += (int) iw.value(t, iw.indexOf(w.names().get(k)));
            }
            assertThat(sum).as("weights sum to 1 at step %d", t).isCloseTo(1.0, org.assertj.core.data.Offset
                    .offset(EPS));
            assertThat(intSum).as("integer weights sum to 100").isEqualTo(100);
            assertThat(run.balance(t)).isBetween(c.creditMin(), c.creditMax());
            assertThat(run.avgPrecision(t)).isBetween(minP - EPS, maxP + EPS);
            assertThat(run.throttle(t)).isBetween(c.throttleMin(), 1.0);
        }
    }

    @Property(tries = 50)
    void theRandomStrategyRepeatsForASeed(@ForAll("scenarios") Scenario scenario) {
        Run a = simulator.run(scenario, "random");
        Run b = simulator.run(scenario, "random");
        for (int t = 0; t < a.steps(); t++) {
            assertThat(a.weights().at(t)).isEqualTo(b.weights().at(t));
            assertThat(a.balance(t)).isEqualTo(b.balance(t));
        }
    }

    @Provide
    Arbitrary<String> policies() {
        return Arbitraries.of(StrategyRegistry.builtIns().names());
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<List<FlavourProfile>> flavours = flavour().list().ofMinSize(1).ofMaxSize(6)
                .map(EnginePropertiesTest::uniqueAndOneEnabled);
        Arbitrary<PolicyConfig> config = Combinators.combine(
                Arbitraries.doubles().between(0, 1),
                Arbitraries.doubles().between(-3, 0.5),
                Arbitraries.doubles().between(0.01, 3),
                Arbitraries.doubles().between(0, 2),
                Arbitraries.integers().between(1, 400),
                Arbitraries.doubles().between(0, 1),
                Arbitraries.doubles().between(0, 400),
                Arbitraries.doubles().between(0.01, 600)
        ).as((te, lo, width, sens, win, tmin, floor, band) ->
                new PolicyConfig(te, lo, lo + width, sens, win, tmin, floor, floor + band));
        Arbitrary<double[]> curve = Arbitraries.doubles().between(0, 800).array(double[].class)
                .ofMinSize(1).ofMaxSize(60);
        return Combinators.combine(flavours, config, curve, Arbitraries.integers().between(1, 100),
                Arbitraries.of(true, false), Arbitraries.longs(), Arbitraries.doubles().between(-1, 1),
                Arbitraries.of(true, false)
        ).as((f, c, intensity, horizon, repeat, seed, balanceShare, withDemand) -> {
            double initial = c.creditMin() + (balanceShare + 1) / 2 * (c.creditMax() - c.creditMin());
            double[] demand = withDemand ? demandFor(intensity, seed) : new double[0];
            return Scenario.builder().flavours(f).config(c).intensity(intensity).demand(demand)
                    .horizonSlots(horizon).repeat(repeat).seed(seed).initialBalance(initial)
                    .steps(repeat ? OptionalInt.of(intensity.length * 2) : OptionalInt.empty())
                    .componentBounds(List.of(ComponentBound.of("router", 1, 10), ComponentBound.of("consumer",
                            null, 5)))
                    .build();
        });
    }

    private static double[] demandFor(double[] intensity, long seed) {
        double[] d = new double[intensity.length];
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        for (int i = 0; i < d.length; i++) {
            d[i] = r.nextDouble(0, 500);
        }
        return d;
    }

    private Arbitrary<FlavourProfile> flavour() {
        return Combinators.combine(Arbitraries.doubles().between(0, 1), Arbitraries.doubles().between(0, 20),
                Arbitraries.of(true, true, false)).as((p, c, on) -> FlavourProfile.of(null, p, c, on));
    }

    private static List<FlavourProfile> uniqueAndOneEnabled(List<FlavourProfile> in) {
        List<FlavourProfile> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            FlavourProfile f = in.get(i);
            out.add(new FlavourProfile("f" + i + "-" + f.name(), f.precision(), f.carbonIntensity(),
                    f.enabled() || i == 0));
        }
        return out;
    }
}
