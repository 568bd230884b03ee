package io.carbonrouter.explorer.engine;

import java.util.List;

/**
 * The throttle the engine publishes with a decision, and the replica ceiling it gives each component.
 *
 * @param components components with a max, in input order
 * @param ceilings   replica ceiling of each of {@code components}
 */
public record ScalingDirective(double throttle, double creditsRatio, double intensityRatio,
                               List<String> components, int[] ceilings) {
}
