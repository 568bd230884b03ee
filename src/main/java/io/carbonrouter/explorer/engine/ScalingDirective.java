package io.carbonrouter.explorer.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The throttle the engine publishes with a decision, and the replica ceiling it gives each component.
 *
 * @param components components with a max, in input order
 * @param ceilings   replica ceiling of each of {@code components}
 */
public record ScalingDirective(double throttle, double creditsRatio, double intensityRatio,
                               List<String> components, int[] ceilings) {

    public Map<String, Integer> ceilingMap() {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < ceilings.length; i++) {
            map.put(components.get(i), ceilings[i]);
        }
        return map;
    }
}
