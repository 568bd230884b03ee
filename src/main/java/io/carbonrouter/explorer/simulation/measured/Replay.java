package io.carbonrouter.explorer.simulation.measured;

import io.carbonrouter.explorer.simulation.Run;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.Simulator;
import io.carbonrouter.explorer.simulation.compare.NotebookMetrics;
import io.carbonrouter.explorer.simulation.compare.NotebookRuns;

import java.util.Optional;

/**
 * One published cluster run replayed: the scenario's own strategy (an upstream version such as
 * {@code credit-greedy@781c6d5} where the run used one) through its cluster model, summed with the notebooks'
 * formulas, beside the figures the notebook printed for that run.
 *
 * @param run       the run's name (its scenario file, named after the upstream result folder)
 * @param policy    the strategy simulated
 * @param simulated the notebooks' figures of the simulated run
 * @param published what the notebook printed for the measured run, if known
 */
public record Replay(String run, String policy, NotebookMetrics simulated, Optional<PublishedFigures> published) {

    /** Linear carbon reduction within this many points of the published one counts as reproduced. */
    public static final double REDUCTION_TOLERANCE = 3.0;
    /** Mean precision within this much of the published one counts as reproduced. */
    public static final double PRECISION_TOLERANCE = 0.03;

    public static Replay of(String run, Scenario scenario, Simulator simulator, Optional<PublishedFigures> published) {
        Run r = simulator.run(scenario);
        return new Replay(run, scenario.policy(), NotebookRuns.of(r, scenario), published);
    }

    /** Simulated minus published linear carbon reduction, in points; NaN when not published. */
    public double reductionDifference() {
        return published.map(p -> simulated.linearCarbonReduction() - p.linearCarbonReduction())
                .orElse(Double.NaN);
    }

    /** Simulated minus published request-weighted mean precision; NaN when not published. */
    public double precisionDifference() {
        return published.map(p -> simulated.requestWeightedPrecision() - p.requestWeightedPrecision())
                .orElse(Double.NaN);
    }

    /** Whether both headline figures are within the tolerances; empty when nothing was published. */
    public Optional<Boolean> reproduced() {
        if (published.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Math.abs(reductionDifference()) <= REDUCTION_TOLERANCE
                && Math.abs(precisionDifference()) <= PRECISION_TOLERANCE);
    }

    /**
     * The figures a notebook printed for one measured run (NaN where it printed none).
     *
     * @param linearCarbonReduction    percent
     * @param nonLinearCarbonReduction percent
     * @param requestWeightedPrecision 0-1
     * @param demandWeightedPrecision  0-1
     * @param smartAllocationRatio     ratio
     * @param peakP100Delivery         0-1 (the notebook prints it in percent)
     * @param source                   where it was printed (notebook and cell)
     */
    public record PublishedFigures(double linearCarbonReduction, double nonLinearCarbonReduction,
                                   double requestWeightedPrecision, double demandWeightedPrecision,
                                   double smartAllocationRatio, double peakP100Delivery, String source) {
    }
}
