package io.carbonrouter.explorer.simulation.compare;

import io.carbonrouter.explorer.engine.FlavourProfile;
import io.carbonrouter.explorer.engine.PolicyConfig;
import io.carbonrouter.explorer.engine.StrategyRegistry;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.Simulator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The comparison's invariants on random scenarios: every strategy, every metric row. */
class ComparisonPropertiesTest {

    private final StrategyComparison comparison =
            new StrategyComparison(new Simulator(StrategyRegistry.builtIns()), Workers.callingThread());

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<Integer> length = Arbitraries.integers().between(1, 40);
        return length.flatMap(n -> Combinators.combine(
                Arbitraries.doubles().between(0, 500).ofScale(1).injectDuplicates(0.2).array(double[].class)
                        .ofSize(n),
                Arbitraries.doubles().between(0, 200).ofScale(1).array(double[].class).ofSize(n)
                        .injectNull(0.4),
                flavours(), configs(), Arbitraries.longs()).as((intensity, demand, flavours, config, seed) ->
                Scenario.builder().intensity(intensity).demand(demand == null ? new double[0] : demand)
                        .flavours(flavours).config(config).seed(seed).horizonSlots(1 + (int) (seed & 7)).build()));
    }

    private Arbitrary<List<FlavourProfile>> flavours() {
        Arbitrary<FlavourProfile> one = Combinators.combine(
                Arbitraries.doubles().between(0, 1).ofScale(2).injectDuplicates(0.2),
                Arbitraries.doubles().between(0, 2).ofScale(2),
                Arbitraries.of(true, true, true, false)).as((p, c, on) -> new FlavourProfile("f", p, c, on));
        return one.list().ofMinSize(1).ofMaxSize(5).map(list -> {
            List<FlavourProfile> named = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                FlavourProfile f = list.get(i);
                named.add(new FlavourProfile("f" + i, f.precision(), f.carbonIntensity(), i == 0 || f.enabled()));
            }
            return named;
        });
    }

    private Arbitrary<PolicyConfig> configs() {
        return Combinators.combine(
                Arbitraries.doubles().between(0, 1).ofScale(2),
                Arbitraries.doubles().between(-2, -0.01).ofScale(2),
                Arbitraries.doubles().between(0.01, 2).ofScale(2),
                Arbitraries.doubles().between(0, 1).ofScale(2),
                Arbitraries.integers().between(1, 50)).as((te, lo, hi, sens, window) ->
                new PolicyConfig(te, lo, hi, sens, window, 0.05, 150, 350));
    }

    @Property(tries = 150)
    void noStrategyBeatsTheOptimumAtItsOwnPrecision(@ForAll("scenarios") Scenario s) {
        Comparison c = comparison.compare(s);

        for (MetricRow row : c.rows()) {
            if (!Double.isNaN(row.metrics().meanPrecision())) {
                assertThat(row.regret()).as(row.policy()).isGreaterThanOrEqualTo(-1e-9);
            }
        }
    }

    @Property(tries = 150)
    void p100SavesNothing(@ForAll("scenarios") Scenario s) {
        Comparison c = comparison.compare(s);

        assertThat(c.rows().stream().filter(r -> r.policy().equals("p100")).findFirst().orElseThrow()
                .metrics().savings()).isZero();
    }

    @Property(tries = 150)
    void savingsAgreeWithTheWeightsOfEachRun(@ForAll("scenarios") Scenario s) {
        Comparison c = comparison.compare(s);

        for (int i = 0; i < c.rows().size(); i++) {
            assertThat(c.rows().get(i).metrics().savings()).as(c.rows().get(i).policy())
                    .isCloseTo(Scenarios.savingsFromWeights(c.runs().get(i), s.flavours()), within(1e-9));
        }
    }
}
