package io.carbonrouter.explorer.simulation.explain;

import io.carbonrouter.explorer.engine.PolicyConfig;
import io.carbonrouter.explorer.engine.strategies.CreditGreedyPolicy;
import io.carbonrouter.explorer.engine.strategies.ForecastAwareGlobalPolicy;
import io.carbonrouter.explorer.engine.strategies.ForecastAwarePolicy;
import io.carbonrouter.explorer.engine.strategies.P100Policy;
import io.carbonrouter.explorer.engine.strategies.PrecisionTierPolicy;
import io.carbonrouter.explorer.engine.strategies.RandomPolicy;
import io.carbonrouter.explorer.engine.strategies.RecedingHorizonPolicy;
import io.carbonrouter.explorer.engine.strategies.RoundRobinPolicy;
import io.carbonrouter.explorer.simulation.Run;
import io.carbonrouter.explorer.simulation.Scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Explains a step of a run in plain language: how the strategy decided (one explainer per built-in
 * strategy, a listing of the diagnostics for any other), the split it chose, and what that did to the
 * ledger and the throttle. Immutable; safe to share between threads.
 */
public final class StepExplainer {

    private final Map<String, StrategyExplainer> explainers;

    private StepExplainer(Map<String, StrategyExplainer> explainers) {
        this.explainers = Map.copyOf(explainers);
    }

    /** Explainers for the built-in strategies. */
    public static StepExplainer builtIns() {
        Map<String, StrategyExplainer> m = new HashMap<>();
        m.put(CreditGreedyPolicy.NAME, new CreditGreedyExplainer());
        m.put(ForecastAwarePolicy.NAME, new ForecastAwareExplainer());
        m.put(ForecastAwareGlobalPolicy.NAME, new ForecastAwareGlobalExplainer());
        m.put(PrecisionTierPolicy.NAME, new PrecisionTierExplainer());
        m.put(P100Policy.NAME, SimpleExplainers::p100);
        m.put(RoundRobinPolicy.NAME, SimpleExplainers::roundRobin);
        m.put(RandomPolicy.NAME, SimpleExplainers::random);
        m.put(RecedingHorizonPolicy.NAME, SimpleExplainers::recedingHorizon);
        return new StepExplainer(m);
    }

    /** A copy that explains one more strategy (a plugin's, say) its own way. */
    public StepExplainer with(String policy, StrategyExplainer explainer) {
        Map<String, StrategyExplainer> m = new HashMap<>(explainers);
        m.put(policy, explainer);
        return new StepExplainer(m);
    }

    /** Whether the policy has its own explainer (otherwise its diagnostics are listed). */
    public boolean explains(String policy) {
        return explainers.containsKey(policy);
    }

    /** Step {@code t} of a run of the scenario (see {@link StepFacts#of}). */
    public Explanation explain(Run run, Scenario scenario, int t) {
        return explain(StepFacts.of(run, scenario, t));
    }

    public Explanation explain(StepFacts f) {
        List<String> paragraphs = new ArrayList<>();
        if (f.hadFeedback()) {
            paragraphs.add(feedback(f));
        }
        paragraphs.addAll(explainers.getOrDefault(f.policy(), SimpleExplainers::generic).explain(f));
        paragraphs.add("Split: " + Say.shares(f.weights()) + ", for an average precision of "
                + Say.pct(f.avgPrecision()) + ".");
        paragraphs.add(ledger(f));
        paragraphs.add(throttle(f));
        String slot = f.slot() == f.step() ? "" : ", slot " + f.slot();
        String headline = "Step " + f.step() + " (" + f.time() + slot + "), " + f.policy() + ", carbon "
                + Say.carbon(f.intensity());
        return new Explanation(headline, paragraphs);
    }

    /** The throttle and why: the lower of the ledger's and the carbon forecast's ratios, with the engine's easing. */
    static String throttle(StepFacts f) {
        PolicyConfig c = f.config();
        String result = "The throttle lets the components scale to " + Say.pct(f.throttle())
                + " of their maximum replicas";
        if (f.intensityRatio() >= 0.99) {
            return result + ", because the carbon forecast is at or below the throttle floor of "
                    + Say.carbon(c.throttleIntensityFloor()) + ", so the grid holds nothing back.";
        }
        return result + ", because the ledger sits " + Say.pct(f.creditsRatio()) + " of the way up its band and "
                + "the forecast peak leaves " + Say.pct(f.intensityRatio()) + " of the room between the throttle"
                + " ceiling " + Say.carbon(c.throttleIntensityCeiling()) + " and floor "
                + Say.carbon(c.throttleIntensityFloor()) + ": the throttle takes the lower of the two (eased"
                + " towards the carbon share when that is higher), never below throttleMin "
                + Say.pct(c.throttleMin()) + ", and less again when a much cleaner slot is forecast soon.";
    }

    /** The metrics poll's update before the evaluation: the precision the routers actually served. */
    private static String feedback(StepFacts f) {
        double delta = StepFacts.ledgerDelta(f.realisedPrecision(), f.config());
        String change = f.balanceBefore() == f.balanceBeforeFeedback()
                ? "stays at " + Say.num(f.balanceBefore())
                : "goes from " + Say.num(f.balanceBeforeFeedback()) + " to " + Say.num(f.balanceBefore());
        return "Before this evaluation the metrics poll reported a realised precision of "
                + Say.pct(f.realisedPrecision()) + " for the requests routed since the last one, so the ledger "
                + (delta >= 0 ? "gains " : "loses ") + Say.num(Math.abs(delta)) + " and " + change + ".";
    }

    /** The ledger update of {@code engine.CreditLedger}, told forwards: target, error, delta, clamp. */
    private static String ledger(StepFacts f) {
        double target = f.config().targetPrecision();
        double error = Math.max(0, 1 - f.avgPrecision());
        double delta = StepFacts.ledgerDelta(f.avgPrecision(), f.config());
        String side = f.avgPrecision() > target ? "above" : f.avgPrecision() < target ? "below" : "on";
        StringBuilder s = new StringBuilder("That is ").append(side).append(" the target of ")
                .append(Say.pct(target)).append(", so the ledger ").append(delta >= 0 ? "gains " : "loses ")
                .append(Say.num(Math.abs(delta))).append(" (allowed error ").append(Say.pct(f.config().targetError()))
                .append(" minus actual error ").append(Say.pct(error)).append(", times creditSensitivity ")
                .append(Say.num(f.config().creditSensitivity())).append(")");
        double raw = f.balanceBefore() + delta;
        String limit = raw > f.config().creditMax() ? "creditMax" : raw < f.config().creditMin() ? "creditMin" : "";
        if (f.balanceAfter() == f.balanceBefore()) {
            s.append(" and stays at ").append(Say.num(f.balanceAfter()));
        } else {
            s.append(" and goes from ").append(Say.num(f.balanceBefore())).append(" to ")
                    .append(Say.num(f.balanceAfter()));
        }
        if (!limit.isEmpty()) {
            s.append(", held at ").append(limit);
        }
        return s.append('.').toString();
    }
}
