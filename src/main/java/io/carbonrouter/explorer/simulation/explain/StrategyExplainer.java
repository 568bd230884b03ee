package io.carbonrouter.explorer.simulation.explain;

import java.util.List;

/** Explains one strategy's decision at a step from its diagnostics, in a few short paragraphs. */
@FunctionalInterface
public interface StrategyExplainer {

    /** How the strategy arrived at the step's weights; the split and the ledger are told by the caller. */
    List<String> explain(StepFacts facts);
}
