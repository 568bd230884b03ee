package io.carbonrouter.explorer.simulation.explain;

import io.carbonrouter.explorer.engine.StrategyRegistry;
import io.carbonrouter.explorer.engine.strategies.CreditGreedyPolicy;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.Simulator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The throttle sentence gives its reason, and credit-greedy's fixed carbon scale is told apart from the throttle's. */
class ThrottleExplanationTest {

    private final Simulator simulator = new Simulator(StrategyRegistry.standard());

    private String explain(Scenario s) {
        return StepExplainer.builtIns().explain(simulator.run(s, CreditGreedyPolicy.NAME), s, 0).text();
    }

    private static Scenario withThrottleScale(double floor, double ceiling) {
        Scenario s = Scenario.builder().intensity(300, 300).build();
        return s.withConfig(s.config().withThrottleIntensityFloor(floor).withThrottleIntensityCeiling(ceiling));
    }

    @Test
    void givenAThrottleScaleOtherThanCreditGreedysThenTheExplanationSaysTheyDiffer() {
        String text = explain(withThrottleScale(150, 350));

        assertThat(text).contains("This 80..280 scale is credit-greedy's own and fixed; it differs from the throttle"
                + " floor and ceiling set here (150..350), which move only the throttle.");
    }

    @Test
    void givenTheSameScaleThenNothingIsSaidAboutADifference() {
        assertThat(explain(withThrottleScale(80, 280))).doesNotContain("differs from the throttle floor");
    }

    @Test
    void givenADirtyGridThenTheThrottleSentenceNamesTheRatiosItTookTheLowerOf() {
        String text = explain(withThrottleScale(150, 350));

        assertThat(text).contains("of the room between the throttle ceiling 350 gCO2/kWh and floor 150 gCO2/kWh")
                .contains("the throttle takes the lower of the two");
    }

    @Test
    void givenACleanGridThenTheThrottleSentenceSaysItIsBelowTheFloor() {
        String text = explain(withThrottleScale(400, 600));

        assertThat(text).contains("at or below the throttle floor of 400 gCO2/kWh, so the grid holds nothing back");
    }
}
