package io.carbonrouter.explorer.io.schedule;

import io.carbonrouter.explorer.engine.FlavourProfile;
import io.carbonrouter.explorer.simulation.Problem;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.ScenarioValidator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The {@code kubectl label deployment} commands that give the operator a scenario's flavours: it discovers
 * flavours from Deployments labelled {@code carbonstat.precision} (integer percent) and
 * {@code carbonstat.emissions} (the per-request carbon factor), naming each after its Deployment.
 */
final class FlavourLabels {

    private FlavourLabels() {
    }

    /**
     * A comment line stating the naming assumption, then one command per enabled flavour, in scenario order.
     *
     * @throws IllegalArgumentException when the namespace is invalid or a flavour's values are out of range
     */
    static List<String> kubectlLabelLines(Scenario s, String namespace) {
        KubernetesNames.namespaceProblem(namespace).ifPresent(m -> {
            throw new IllegalArgumentException(m);
        });
        requireValidFlavours(s);
        List<String> lines = new ArrayList<>();
        lines.add("# One Deployment per flavour, named after the flavour (the engine names a flavour after its"
                + " Deployment); replace the names with your Deployments'.");
        int index = 0;
        Map<String, String> labelled = new HashMap<>();
        for (FlavourProfile f : s.flavours()) {
            index++;
            if (!f.enabled()) {
                continue;
            }
            String deployment = KubernetesNames.deploymentName(f.name(), "flavour-" + index);
            String same = labelled.putIfAbsent(deployment, f.name());
            if (same != null) {
                throw new IllegalArgumentException("cannot label flavours: '" + same + "' and '" + f.name()
                        + "' would both label Deployment " + deployment + "; rename one");
            }
            lines.add("kubectl label deployment " + deployment
                    + " carbonstat.precision=" + (long) Math.rint(f.precision() * 100.0)
                    + " carbonstat.emissions=" + CrdValues.decimal(f.carbonIntensity())
                    + " -n " + namespace + " --overwrite");
        }
        return lines;
    }

    private static void requireValidFlavours(Scenario s) {
        List<Problem> problems = ScenarioValidator.validate(s).stream()
                .filter(p -> p.path().startsWith("flavours")).collect(Collectors.toList());
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("cannot label flavours: " + problems.stream()
                    .map(Problem::toString).collect(Collectors.joining("; ")));
        }
    }
}
