/**
 * Strategies side by side: {@link io.carbonrouter.explorer.simulation.compare.StrategyComparison} runs every
 * registered strategy on one scenario and sets each against the exact offline optimum
 * ({@link io.carbonrouter.explorer.simulation.compare.OfflineOptimum}, whose
 * {@link io.carbonrouter.explorer.simulation.compare.SavingsFrontier} gives savings for every target
 * precision); {@link io.carbonrouter.explorer.simulation.compare.Sweep} runs them over a grid of settings
 * parsed by {@link io.carbonrouter.explorer.simulation.compare.SweepSpec};
 * {@link io.carbonrouter.explorer.simulation.compare.RunDiff} sets a pinned run's metrics against the
 * current one's. {@link io.carbonrouter.explorer.simulation.compare.NotebookAccumulator} holds the upstream
 * notebooks' formulas ({@link io.carbonrouter.explorer.simulation.compare.NotebookMetrics}), fed by a measured
 * run's samples or by a simulated run through {@link io.carbonrouter.explorer.simulation.compare.NotebookRuns}.
 * Batches run on {@link io.carbonrouter.explorer.simulation.compare.Workers}, report
 * {@link io.carbonrouter.explorer.simulation.compare.Progress} and stop when their cancellation flag turns.
 */
package io.carbonrouter.explorer.simulation.compare;
