/**
 * Plain-language accounts of single decisions: {@link io.carbonrouter.explorer.simulation.explain.StepExplainer}
 * turns a step of a run into an {@link io.carbonrouter.explorer.simulation.explain.Explanation} built from the
 * strategy's diagnostics, for the step inspector.
 */
package io.carbonrouter.explorer.simulation.explain;
