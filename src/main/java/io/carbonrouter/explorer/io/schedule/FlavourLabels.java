package io.carbonrouter.explorer.io.schedule;

import io.carbonrouter.explorer.engine.NameRules;
import io.carbonrouter.explorer.engine.FlavourProfile;
import io.carbonrouter.explorer.simulation.Problem;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.ScenarioValidator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The {@code kubectl label deployment} commands that give the operator a scenario's flavours. It finds a
 * service's flavour Deployments by {@code carbonrouter/parent-service}, reads {@code carbonstat.precision} as an
 * integer percent and {@code carbonstat.emissions} as the per-request carbon factor, names each flavour
 * {@code precision-<N>} and keeps only the first Deployment of each percent.
 */
final class FlavourLabels {

    static final String PARENT = "carbonrouter/parent-service";
    static final String PRECISION = "carbonstat.precision";
    static final String EMISSIONS = "carbonstat.emissions";

    private FlavourLabels() {
    }

    /**
     * A comment on the naming assumption, then one command per enabled flavour, in scenario order. Without a
     * service name the commands read it from {@code $SERVICE}, and refuse to run while it is unset.
     *
     * @throws IllegalArgumentException when the namespace is invalid or a flavour's values are out of range
     */
    static List<String> kubectlLabelLines(Scenario s, String namespace, Optional<String> service) {
        KubernetesNames.namespaceProblem(namespace)
                .or(() -> service.flatMap(v -> KubernetesNames.labelProblem("service", v))).ifPresent(m -> {
                    throw new IllegalArgumentException(m);
                });
        requireValidFlavours(s);
        List<String> lines = new ArrayList<>();
        lines.add("# One Deployment per flavour, named after the flavour; replace the names with your Deployments'."
                + " The service is the one labelled carbonrouter/enabled=true.");
        String parent = service.map(ShellWords::quote).orElse("\"${SERVICE:?set SERVICE to the service name}\"");
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
            String emissions = GoFloat.format(f.carbonIntensity());
            KubernetesNames.labelValueProblem(EMISSIONS, emissions).ifPresent(m -> {
                throw new IllegalArgumentException("cannot label flavour " + NameRules.quote(f.name()) + ": " + m);
            });
            lines.add("kubectl label deployment " + ShellWords.quote(deployment) + " " + PARENT + "=" + parent
                    + " " + PRECISION + "=" + percent(f.precision())
                    + " " + EMISSIONS + "=" + ShellWords.quote(emissions)
                    + " -n " + ShellWords.quote(namespace) + " --overwrite");
        }
        return lines;
    }

    /** Enabled flavours the operator would merge (same integer percent) or name differently. */
    static List<String> warnings(Scenario s) {
        List<String> out = new ArrayList<>();
        Map<Long, String> byPercent = new LinkedHashMap<>();
        for (FlavourProfile f : s.flavours()) {
            if (!f.enabled()) {
                continue;
            }
            long percent = percent(f.precision());
            String first = byPercent.putIfAbsent(percent, f.name());
            if (first != null) {
                out.add("flavour " + NameRules.quote(f.name()) + ": labels as " + PRECISION + "=" + percent
                        + " like " + NameRules.quote(first) + "; the operator keeps only the first Deployment it finds"
                        + " and drops the other");
            }
            String name = "precision-" + percent;
            if (!name.equals(f.name())) {
                out.add("flavour " + NameRules.quote(f.name()) + ": is named " + name + " on the cluster (the operator"
                        + " names flavours by their precision label), so runs and dashboards show it under that name");
            }
        }
        return out;
    }

    /** The integer percent of a precision, rounded half to even as the engine's Python {@code round}. */
    static long percent(double precision) {
        return (long) Math.rint(precision * 100.0);
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
