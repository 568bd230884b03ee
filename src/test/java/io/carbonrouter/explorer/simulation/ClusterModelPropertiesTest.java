package io.carbonrouter.explorer.simulation;

import io.carbonrouter.explorer.engine.PolicyConfig;
import io.carbonrouter.explorer.engine.StrategyRegistry;
import io.carbonrouter.explorer.simulation.ClusterModel.Part;
import io.carbonrouter.explorer.simulation.DeploymentLoop.DemandForecast;
import io.carbonrouter.explorer.simulation.DeploymentLoop.Feedback;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** What holds for every scenario: with every part ideal nothing changes; open-loop requests are all served. */
class ClusterModelPropertiesTest {

    private static final Simulator SIMULATOR = new Simulator(StrategyRegistry.builtIns());
    private static final List<String> POLICIES = SIMULATOR.registry().names();

    /** A deployed-loop scenario: a short curve, maybe a demand curve, an interval that may not divide the slot. */
    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<double[]> curve = Arbitraries.doubles().between(0, 500).array(double[].class).ofMinSize(2)
                .ofMaxSize(12);
        return Combinators.combine(curve, Arbitraries.of(true, false), Arbitraries.of(0.25, 1.0, 5.0),
                Arbitraries.of(5.0, 15.0, 40.0), Arbitraries.of(Feedback.values()), Arbitraries.of(POLICIES),
                Arbitraries.longs()).as((intensity, withDemand, slot, every, feedback, policy, seed) ->
                Scenario.builder().intensity(intensity).demand(withDemand ? reversed(intensity) : new double[0])
                        .slotMinutes(slot).repeat(true).steps(java.util.OptionalInt.of(2 * intensity.length))
                        .policy(policy).seed(seed).config(PolicyConfig.DEFAULTS.withCreditWindow(5))
                        .loop(Optional.of(new DeploymentLoop(every, feedback, DemandForecast.CURVE))).build());
    }

    private static double[] reversed(double[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[values.length - 1 - i] + 1;
        }
        return out;
    }

    private static Scenario withCluster(Scenario s, ClusterModel m) {
        return s.toBuilder().loop(s.loop().map(l -> l.withCluster(m))).build();
    }

    @Property(tries = 60)
    void withEveryPartSwitchedToItsIdealTheRunIsTodays(@ForAll("scenarios") Scenario s) {
        // given the harness's model with each part switched to its ideal in turn
        ClusterModel m = ClusterModel.HARNESS.withLoad(ClusterModel.HARNESS.load());
        m = new ClusterModel(30, 30, m.publicationLagSeconds(), m.carbonCacheSeconds(), m.extraEvaluations(),
                m.countOnCompletion(), m.load());
        for (Part p : Part.values()) {
            m = m.withIdeal(p);
        }
        Scenario ideal = withCluster(s, m);

        // when both run, recorded and for their metrics
        Run today = SIMULATOR.run(s);
        Run run = SIMULATOR.run(ideal);

        // then every step and metric is the same, bit for bit
        assertThat(run.steps()).isEqualTo(today.steps());
        for (int t = 0; t < today.steps(); t++) {
            assertThat(run.weights().at(t)).isEqualTo(today.weights().at(t));
            assertThat(run.flavourWeights().at(t)).isEqualTo(today.flavourWeights().at(t));
            assertThat(run.balance(t)).isEqualTo(today.balance(t));
            assertThat(Double.doubleToLongBits(run.realisedPrecision(t)))
                    .isEqualTo(Double.doubleToLongBits(today.realisedPrecision(t)));
            assertThat(run.emissions(t)).isEqualTo(today.emissions(t));
            assertThat(run.demandWeight(t)).isEqualTo(today.demandWeight(t));
            assertThat(run.timeOf(t)).isEqualTo(today.timeOf(t));
        }
        assertThat(run.metrics()).isEqualTo(today.metrics());
        assertThat(SIMULATOR.metrics(ideal, ideal.policy(), () -> false)).isEqualTo(today.metrics());
    }

    @Property(tries = 60)
    void anOpenLoopServesEveryRequestOfTheDemandWhateverTheLagCacheAndEvaluations(
            @ForAll("scenarios") Scenario s, @ForAll("fractions") double lagShare,
            @ForAll("fractions") double cacheShare, @ForAll("extras") int extra) {
        // given an interval that divides the slot (else today's loop gives a tick all of its first slot's rate),
        // a lag and a cache shorter than the interval, extra evaluations, no closed loop
        double every = s.loop().orElseThrow().evaluationSeconds();
        Assume.that(s.slotMinutes() * 60 % every == 0);
        ClusterModel m = new ClusterModel(0, 0, lagShare * every, cacheShare * every, extra, true, Optional.empty());

        // when it runs
        Run today = SIMULATOR.run(s);
        Run run = SIMULATOR.run(withCluster(s, m));

        // then each tick serves its share of its slot's demand, as today
        for (int t = 0; t < today.steps(); t++) {
            double d = today.demandWeight(t);
            assertThat(run.demandWeight(t)).isCloseTo(d, within(1e-9 * (1 + d)));
            assertThat(run.meteredPrecision(t)).isBetween(0.0, 1.0);
        }
        // and a run kept for its metrics only sums the same steps
        assertThat(SIMULATOR.metrics(withCluster(s, m), s.policy(), () -> false)).isEqualTo(run.metrics());
    }

    @Provide
    Arbitrary<Double> fractions() {
        return Arbitraries.doubles().between(0, 0.99);
    }

    @Provide
    Arbitrary<Integer> extras() {
        return Arbitraries.integers().between(0, 3);
    }
}
