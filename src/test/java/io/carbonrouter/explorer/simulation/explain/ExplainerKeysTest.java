package io.carbonrouter.explorer.simulation.explain;

import io.carbonrouter.explorer.engine.PolicyConfig;
import io.carbonrouter.explorer.engine.StrategyRegistry;
import io.carbonrouter.explorer.engine.strategies.CreditGreedyPolicy;
import io.carbonrouter.explorer.simulation.Run;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.Simulator;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The explainers read only the diagnostics their strategies publish, by the strategies' own constants. */
class ExplainerKeysTest {

    private final Simulator simulator = new Simulator(StrategyRegistry.builtIns());
    private final StepExplainer explainer = StepExplainer.builtIns();

    @Test
    void givenACreditGreedyStepWhenAnExplainerReadsAKeyItDoesNotPublishThenTheReadFails() {
        StepFacts facts = new StepFacts(CreditGreedyPolicy.NAME, 0, 1, Instant.EPOCH, Map.of("precision-100", 1.0),
                Map.of(CreditGreedyPolicy.ALLOWANCE, 0.5), 1.0, 0, 0.05, 0.05, 1, 100, 1, 0,
                PolicyConfig.DEFAULTS, Scenario.DEFAULT_FLAVOURS, 0, Double.NaN, 0, 1, 1);

        assertThat(facts.diag(CreditGreedyPolicy.ALLOWANCE)).isEqualTo(0.5);
        assertThat(facts.diag(CreditGreedyPolicy.CARBON_NOW)).isNaN();
        assertThatThrownBy(() -> facts.diag("alowance")).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("the credit-greedy explainer reads diagnostic 'alowance', which credit-greedy"
                        + " does not publish");
    }

    private static double[] demand(int n) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = new double[] {100, 180, 40, 100, 130, 70}[i % 6];
        }
        return out;
    }

    @Test
    void givenEveryBuiltInOnAVariedDayWhenEveryStepIsExplainedThenNoExplainerMeetsAnUnknownKey() {
        double[] day = {60, 60, 300, 300, 150, 150, 150, 70, 230, 100, 260, 90, 200, 210, 320, 40, 0, 180, 120,
            250, 75, 75, 75, 75};
        for (double balance : new double[] {-0.9, 0.0, 0.95}) {
            Scenario s = Scenario.builder().intensity(day).demand(demand(day.length))
                    .initialBalance(balance).build();
            for (String policy : StrategyRegistry.builtIns().names()) {
                Run run = simulator.run(s, policy);
                for (int t = 0; t < run.steps(); t++) {
                    assertThat(explainer.explain(run, s, t).paragraphs()).as(policy + " step " + t).isNotEmpty()
                            .noneMatch(p -> p.contains("n/a"));
                }
            }
        }
    }
}
