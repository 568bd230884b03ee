package io.carbonrouter.explorer.simulation.explain;

import io.carbonrouter.explorer.engine.EngineMath;
import io.carbonrouter.explorer.engine.FlavourProfile;
import io.carbonrouter.explorer.engine.PolicyConfig;
import io.carbonrouter.explorer.simulation.Run;
import io.carbonrouter.explorer.simulation.Scenario;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * What an explainer knows of one step: the decision (weights in the strategy's order, its diagnostics, the
 * mean precision), the ledger before and after, the throttle, the carbon and demand of the slot, and the
 * settings and flavours the step ran with. A diagnostic without a value maps to null. In the deployed loop
 * the step is one evaluation tick in {@code slot}; when the metrics poll fed the ledger before it,
 * {@code realisedPrecision} is what it reported (NaN otherwise) and {@code balanceBefore} is the balance
 * after that feedback, {@code balanceBeforeFeedback} the one before.
 */
public record StepFacts(
        String policy,
        int step,
        int steps,
        Instant time,
        Map<String, Double> weights,
        Map<String, Double> diagnostics,
        double avgPrecision,
        double balanceBefore,
        double balanceAfter,
        double velocity,
        double throttle,
        double intensity,
        double demand,
        long seed,
        PolicyConfig config,
        List<FlavourProfile> flavours,
        int slot,
        double realisedPrecision,
        double balanceBeforeFeedback,
        double creditsRatio,
        double intensityRatio) {

    public StepFacts {
        weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
        diagnostics = Collections.unmodifiableMap(new LinkedHashMap<>(diagnostics));
        flavours = List.copyOf(flavours);
    }

    /**
     * Step {@code t} of a run of the scenario. The settings and flavours are the scenario's: pass the
     * scenario that was in force at that step (the current one, after a live edit).
     */
    public static StepFacts of(Run run, Scenario scenario, int t) {
        if (t < 0 || t >= run.steps()) {
            throw new IllegalArgumentException("step " + t + " is outside the run's " + run.steps() + " steps");
        }
        double previous = t > 0 ? run.balance(t - 1) : scenario.initialBalance();
        double realised = run.realisedPrecision(t);
        double before = Double.isNaN(realised) ? previous : ledgerAfter(previous, realised, scenario.config());
        return new StepFacts(run.policy(), t, run.steps(), run.timeOf(t), run.weights().at(t),
                run.diagnostics().at(t), run.avgPrecision(t), before, run.balance(t), run.velocity(t),
                run.throttle(t), run.intensity(t), run.demandWeight(t), scenario.seed(), scenario.config(),
                scenario.flavours(), run.slot(t), realised, previous, run.creditsRatio(t), run.intensityRatio(t));
    }

    /** The ledger change a served precision makes ({@code engine.CreditLedger}). */
    static double ledgerDelta(double precision, PolicyConfig config) {
        return (config.targetError() - Math.max(0, 1 - precision)) * config.creditSensitivity();
    }

    private static double ledgerAfter(double balance, double precision, PolicyConfig config) {
        return EngineMath.clamp(balance + ledgerDelta(precision, config), config.creditMin(), config.creditMax());
    }

    /** Whether the metrics poll fed the ledger before this step. */
    public boolean hadFeedback() {
        return !Double.isNaN(realisedPrecision);
    }

    /** A diagnostic's value; empty when the strategy did not report it or reported null. */
    public OptionalDouble diagnostic(String name) {
        Double v = diagnostics.get(name);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /**
     * A diagnostic a built-in strategy publishes; NaN when it did not report it at this step.
     *
     * @throws IllegalStateException when the strategy never publishes {@code name}
     */
    double diag(String name) {
        PublishedDiagnostics.check(policy, name);
        return diagnostic(name).orElse(Double.NaN);
    }

    /** The enabled flavours in input order. */
    List<FlavourProfile> enabled() {
        return flavours.stream().filter(FlavourProfile::enabled).toList();
    }

    /** The first enabled flavour with the highest precision: the baseline. */
    FlavourProfile baseline() {
        FlavourProfile best = null;
        for (FlavourProfile f : enabled()) {
            if (best == null || f.precision() > best.precision()) {
                best = f;
            }
        }
        return best;
    }

    double weight(String flavour) {
        return weights.getOrDefault(flavour, 0.0);
    }
}
