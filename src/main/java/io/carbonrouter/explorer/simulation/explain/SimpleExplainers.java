package io.carbonrouter.explorer.simulation.explain;

import io.carbonrouter.explorer.engine.FlavourProfile;
import io.carbonrouter.explorer.engine.strategies.RecedingHorizonPolicy;
import io.carbonrouter.explorer.engine.strategies.RoundRobinPolicy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The strategies whose decision fits in a sentence, and the fallback for strategies from plugins. */
final class SimpleExplainers {

    private SimpleExplainers() {
    }

    static List<String> p100(StepFacts f) {
        FlavourProfile b = f.baseline();
        return List.of("All traffic goes to " + b.name() + " (precision " + Say.pct(b.precision())
                + "), the most precise enabled flavour. p100 is the baseline every saving is measured against, so it"
                + " saves nothing by definition.");
    }

    static List<String> roundRobin(StepFacts f) {
        int n = (int) f.diag(RoundRobinPolicy.NUM_FLAVOURS);
        return List.of("Each of the " + n + " enabled flavours gets an equal share of " + Say.pct(1.0 / n)
                + ", whatever the carbon or the ledger.");
    }

    static List<String> random(StepFacts f) {
        return List.of("Random drew a number for each enabled flavour from a generator seeded with " + f.seed()
                + " (the scenario's seed) and scaled them to add up to 100 %: the same seed repeats the run exactly."
                + " It ignores carbon and the ledger, a control to compare the others against.");
    }

    static List<String> recedingHorizon(StepFacts f) {
        int slots = (int) f.diag(RecedingHorizonPolicy.HORIZON_SLOTS);
        return List.of("Receding horizon is an explorer optimiser, not an upstream strategy: it planned the least"
                + " forecast emissions over the next " + slots + " slot" + (slots == 1 ? "" : "s") + " that keep the"
                + " mean precision at the target " + Say.pct(f.config().targetPrecision()) + ", counting "
                + Say.num(f.diag(RecedingHorizonPolicy.BANKED_PRECISION)) + " slots of precision already banked in"
                + " the ledger, and applies the plan's first slot: " + Say.pct(f.diag(
                        RecedingHorizonPolicy.PLANNED_PRECISION)) + " precision now. It plans again at the next step.");
    }

    /** A strategy without an explainer: its diagnostics, as it reported them. */
    static List<String> generic(StepFacts f) {
        if (f.diagnostics().isEmpty()) {
            return List.of(f.policy() + " has no explainer and reported no diagnostics at this step.");
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Double> d : f.diagnostics().entrySet()) {
            parts.add(d.getKey() + " = " + (d.getValue() == null ? "n/a" : Say.num(d.getValue())));
        }
        return List.of(f.policy() + " has no explainer, so here are its diagnostics as it reported them: "
                + String.join(", ", parts) + ".");
    }
}
