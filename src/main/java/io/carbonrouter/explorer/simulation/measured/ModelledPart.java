package io.carbonrouter.explorer.simulation.measured;

import io.carbonrouter.explorer.simulation.ClusterModel;
import io.carbonrouter.explorer.simulation.DeploymentLoop;
import io.carbonrouter.explorer.simulation.Scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * One modelled part of a scenario that a reconcile switches to its ideal value on its own: each part of the
 * deployed loop's {@link ClusterModel} that is not ideal, and a forecast error model (ideal: perfect foresight).
 *
 * @param key   the name the part goes by ({@code publication-lag})
 * @param ideal the scenario with this part ideal and every other part as it was
 */
public record ModelledPart(String key, UnaryOperator<Scenario> ideal) {

    /** The scenario's parts that are not at their ideal value; none for a scenario without a model. */
    public static List<ModelledPart> of(Scenario s) {
        List<ModelledPart> parts = new ArrayList<>();
        s.loop().ifPresent(loop -> loop.cluster().activeParts().forEach(p -> parts.add(new ModelledPart(p.key(),
                sc -> sc.toBuilder().loop(Optional.of(idealised(sc.loop().orElse(loop), p))).build()))));
        if (s.forecastError().isPresent() || s.hasForecast()) {
            parts.add(new ModelledPart("forecast-error", Scenario::withPerfectForecast));
        }
        return parts;
    }

    private static DeploymentLoop idealised(DeploymentLoop loop, ClusterModel.Part part) {
        return loop.withCluster(loop.cluster().withIdeal(part));
    }
}
