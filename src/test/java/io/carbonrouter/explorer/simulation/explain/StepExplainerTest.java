package io.carbonrouter.explorer.simulation.explain;

import io.carbonrouter.explorer.engine.FlavourProfile;
import io.carbonrouter.explorer.engine.PolicyConfig;
import io.carbonrouter.explorer.engine.StrategyRegistry;
import io.carbonrouter.explorer.simulation.DeploymentLoop;
import io.carbonrouter.explorer.simulation.Run;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.Simulator;
import io.carbonrouter.explorer.simulation.compare.Percent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each explainer's key sentences, on real runs of the engine. */
class StepExplainerTest {

    private final Simulator simulator = new Simulator(StrategyRegistry.builtIns());
    private final StepExplainer explainer = StepExplainer.builtIns();

    private String explain(Scenario s, String policy, int step) {
        Run run = simulator.run(s, policy);
        return explainer.explain(run, s, step).text();
    }

    @Test
    void everyBuiltInStrategyHasItsOwnExplainer() {
        for (String name : StrategyRegistry.builtIns().names()) {
            assertThat(explainer.explains(name)).as(name).isTrue();
        }
    }

    @Test
    void creditGreedyAtTheTopOfItsBandOnADirtyGridHitsTheCap() {
        Scenario s = Scenario.builder().intensity(400, 400).initialBalance(1.0).build();

        String text = explain(s, "credit-greedy", 0);

        assertThat(text).contains("The ledger balance was 1, 100 % of the way up its band from creditMin -1 to"
                        + " creditMax 1, which gives a base allowance of 1.")
                .contains("Carbon intensity is 400 gCO2/kWh, 100 % of the way from 80 (clean) to 280 (dirty), so the"
                        + " carbon multiplier is 2")
                .contains("Base allowance times multiplier is 2, capped at 0.95 so that at least 5 % stays on the"
                        + " baseline: the allowance is 0.95.")
                .contains("precision-100, the most precise flavour, keeps 5 %; the shifted 95 % goes to precision-50");
    }

    @Test
    void creditGreedyInDebtShrinksItsAllowance() {
        Scenario s = Scenario.builder().intensity(180, 180).initialBalance(-0.5).build();

        String text = explain(s, "credit-greedy", 0);

        assertThat(text).contains("The ledger balance was -0.5, 25 % of the way up its band")
                .contains("It is in quality debt, 50 % of the way to creditMin, so the base allowance shrinks by a"
                        + " factor of 0.75 to 0.188.")
                .contains("50 % of the way from 80 (clean) to 280 (dirty), so the carbon multiplier is 1.15")
                .contains("The allowance, base allowance times multiplier, is 0.216: 21.56 % of the traffic may"
                        + " leave the baseline.");
    }

    @Test
    void theSplitIsTheRunsOwnWeights() {
        Scenario s = Scenario.of(120, 260, 300, 90);
        Run run = simulator.run(s, "credit-greedy");

        Explanation e = explainer.explain(run, s, 2);

        StringBuilder expected = new StringBuilder("Split: ");
        run.weights().at(2).forEach((k, v) -> expected.append(k).append(' ').append(Percent.of(v)).append(", "));
        assertThat(e.paragraphs()).contains(expected + "for an average precision of "
                + Percent.of(run.avgPrecision(2)) + ".");
        assertThat(e.headline()).isEqualTo("Step 2 (1970-01-01T01:00:00Z), credit-greedy, carbon 300 gCO2/kWh");
    }

    @Test
    void aSingleFlavourHasNowhereToShift() {
        Scenario s = Scenario.builder().intensity(300, 300)
                .flavours(List.of(new FlavourProfile("only", 0.9, 1.0, true))).build();

        assertThat(explain(s, "credit-greedy", 0)).contains("Only only is enabled, so all traffic stays there.");
    }

    @Test
    void forecastAwareTiltsTowardTheBaselineWhenCarbonRises() {
        String text = explain(Scenario.of(100, 200, 200), "forecast-aware", 0);

        assertThat(text).contains("Credit-greedy alone would keep")
                .contains("Carbon is forecast to rise by 100 gCO2/kWh to 200 gCO2/kWh next slot, so the tilt moves up"
                        + " to 0.15 of the traffic toward the baseline");
    }

    @Test
    void forecastAwareTiltsAwayFromTheBaselineWhenCarbonFalls() {
        String text = explain(Scenario.of(200, 100, 100), "forecast-aware", 0);

        assertThat(text).contains("Carbon is forecast to fall by 100 gCO2/kWh to 100 gCO2/kWh next slot, so the tilt"
                + " moves up to 0.125 of the traffic away from the baseline, saving quality for the cleaner slot"
                + " ahead");
    }

    @Test
    void forecastAwareLeavesAFlatForecastAlone() {
        Scenario s = Scenario.of(200, 210, 210);
        Run run = simulator.run(s, "forecast-aware");

        String text = explainer.explain(run, s, 0).text();

        assertThat(text).contains("Carbon changes by less than 15 gCO2/kWh to the next slot, so there is no tilt:"
                + " precision-100 keeps " + Percent.of(run.weights().value(0, "precision-100")) + ".");
    }

    @Test
    void forecastAwareGlobalNamesTheRedZoneAndCutsTheBaseline() {
        String text = explain(Scenario.of(300, 300, 300), "forecast-aware-global", 0);

        assertThat(text).contains("Five signals adjust it (positive cuts the baseline, negative adds to it): carbon"
                        + " trend 0 x 0.3")
                .contains("(it waits for 10 steps of history)")
                .contains("the grid is in the red zone (220 or more): the zone adds +0.6")
                .contains("so the baseline is cut, 1.5 times as much in the red zone (never below 0.01)");
    }

    @Test
    void forecastAwareGlobalNamesTheGreenZoneAndAddsToTheBaseline() {
        Scenario s = Scenario.builder().intensity(60, 60, 60).initialBalance(0.5).build();

        String text = explain(s, "forecast-aware-global", 0);

        assertThat(text).contains("the grid is in the green zone (80 or less): the zone adds -0.6")
                .contains("so the other flavours shrink by a factor of max(0.1, 1 + total), 1.5 times as much in the"
                        + " green zone and the baseline takes what they gave up");
    }

    @Test
    void forecastAwareGlobalLetsASmallTotalStand() {
        String text = explain(Scenario.of(150, 150, 150), "forecast-aware-global", 0);

        assertThat(text).contains("the grid is in the normal zone, and so are the next 3 slots: it adds 0.")
                .contains("The total, clamped to -1..1, is 0: too small to act on (under 0.01), so credit-greedy's"
                        + " split stands");
    }

    @Test
    void precisionTierIgnoresCarbonAndNamesItsTiers() {
        String text = explain(Scenario.of(300, 100), "precision-tier", 0);

        assertThat(text).contains("Precision-tier ignores carbon on purpose")
                .contains("The balance 0 against creditMax 1 gives an allowance of 0.5")
                .contains("tier 1 (precision 95 % or more) 50 % for precision-100; tier 2 (80 to 95 %) 22.5 % (no"
                        + " flavour: this share is lost); tier 3 (below 80 %) 27.5 % for precision-50, precision-30.");
    }

    @Test
    void p100RoundRobinAndRandomSayWhatTheyDo() {
        Scenario s = Scenario.builder().intensity(200, 200).seed(99).initialBalance(0.99).build();

        assertThat(explain(s, "p100", 0)).contains("All traffic goes to precision-100 (precision 100 %), the most"
                + " precise enabled flavour.").contains("goes from 0.99 to 1, held at creditMax");
        assertThat(explain(s, "p100", 1)).contains("and stays at 1, held at creditMax.");
        assertThat(explain(s, "round-robin", 1)).contains("Each of the 3 enabled flavours gets an equal share of"
                + " 33.33 %, whatever the carbon or the ledger.");
        assertThat(explain(s, "random", 0)).contains("seeded with 99 (the scenario's seed)");
    }

    @Test
    void theLedgerParagraphFollowsTheEngine() {
        Scenario s = Scenario.builder().intensity(200, 200)
                .config(PolicyConfig.DEFAULTS.withCreditSensitivity(0.5)).build();

        String text = explain(s, "round-robin", 0);

        assertThat(text).contains("That is below the target of 85 %, so the ledger loses 0.125 (allowed error 15 %"
                + " minus actual error 40 %, times creditSensitivity 0.5) and goes from 0 to -0.125.");
    }

    @Test
    void aStrategyWithoutAnExplainerListsItsDiagnostics() {
        Map<String, Double> diagnostics = new LinkedHashMap<>();
        diagnostics.put("mood", 1.5);
        diagnostics.put("hunch", null);
        StepFacts facts = new StepFacts("half-half", 0, 1, Instant.EPOCH, Map.of("precision-100", 1.0), diagnostics,
                1.0, 0, 0.05, 0.05, 1, 100, 1, 0, PolicyConfig.DEFAULTS, Scenario.DEFAULT_FLAVOURS, 0, Double.NaN, 0, 1, 1);

        Explanation e = explainer.explain(facts);

        assertThat(e.paragraphs().get(0)).isEqualTo("half-half has no explainer, so here are its diagnostics as it"
                + " reported them: mood = 1.5, hunch = n/a.");
        assertThat(explainer.with("half-half", f -> List.of("Half and half.")).explain(facts).paragraphs().get(0))
                .isEqualTo("Half and half.");
    }

    @Test
    void aStepOutsideTheRunIsRefused() {
        Scenario s = Scenario.of(100, 200);
        Run run = simulator.run(s, "p100");

        assertThatThrownBy(() -> explainer.explain(run, s, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("step 2 is outside the run's 2 steps");
    }

    @Test
    void aDeployedTickTellsTheFeedbackUpdateBeforeTheDecision() {
        // given a deployed run, explained at its first tick and at one after a metrics poll
        Scenario s = Scenario.builder().intensity(120, 300).slotMinutes(1)
                .loop(Optional.of(DeploymentLoop.AS_DEPLOYED)).build();
        Run run = simulator.run(s, "credit-greedy");

        Explanation first = explainer.explain(run, s, 0);
        Explanation fed = explainer.explain(run, s, 5);

        // then only the fed tick names the realised precision, and its ledger paragraph starts after the feedback
        assertThat(String.join(" ", first.paragraphs())).doesNotContain("realised precision");
        assertThat(fed.headline()).contains("slot 1");
        String realised = Say.pct(run.realisedPrecision(5));
        assertThat(fed.paragraphs().get(0)).startsWith("Before this evaluation the metrics poll reported a"
                + " realised precision of " + realised).contains(Say.num(run.balance(4)));
        StepFacts facts = StepFacts.of(run, s, 5);
        assertThat(facts.balanceBeforeFeedback()).isEqualTo(run.balance(4));
        assertThat(facts.balanceBefore()).isNotEqualTo(run.balance(4));
    }
}
