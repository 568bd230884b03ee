package io.carbonrouter.explorer.ui.export;

import io.carbonrouter.explorer.io.AtomicFiles;
import io.carbonrouter.explorer.io.schedule.KubernetesNames;
import io.carbonrouter.explorer.io.schedule.TrafficScheduleExporter;
import io.carbonrouter.explorer.simulation.Scenario;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The export of a scenario as a TrafficSchedule that {@code kubectl apply} accepts, and the Deployment label
 * commands for its flavours. Name and namespace are checked as they are typed; a problem (with them or with
 * the scenario's scheduler settings) is shown instead of the resource. Flavours are not part of the resource,
 * so flavours that cannot be labelled (none enabled) only replace the label commands with the reason.
 */
public final class ExportViewModel {

    static final String DEFAULT_NAME = "policy-explorer";
    static final String DEFAULT_NAMESPACE = "default";

    private final Scenario scenario;
    private final StringProperty name = new SimpleStringProperty();
    private final StringProperty namespace = new SimpleStringProperty(DEFAULT_NAMESPACE);
    private final ReadOnlyStringWrapper yaml = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper labels = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    public ExportViewModel(Scenario scenario) {
        this.scenario = scenario;
        name.set(resourceName(scenario.name()));
        name.addListener((obs, old, now) -> render());
        namespace.addListener((obs, old, now) -> render());
        render();
    }

    /** The scenario's name as a Kubernetes resource name, or {@value #DEFAULT_NAME}. */
    static String resourceName(String scenarioName) {
        String s = scenarioName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+", "").replaceAll("-+$", "");
        if (s.length() > 63) {
            s = s.substring(0, 63).replaceAll("-+$", "");
        }
        return s.isEmpty() || KubernetesNames.nameProblem(s).isPresent() ? DEFAULT_NAME : s;
    }

    private void render() {
        Optional<String> names = KubernetesNames.nameProblem(name.get())
                .or(() -> KubernetesNames.namespaceProblem(namespace.get()));
        if (names.isPresent()) {
            show("", "", names.get());
            return;
        }
        String commands;
        try {
            commands = String.join("\n", TrafficScheduleExporter.kubectlLabelLines(scenario, namespace.get()))
                    + "\n";
        } catch (IllegalArgumentException e) {
            commands = "# " + e.getMessage() + "\n";
        }
        try {
            show(TrafficScheduleExporter.toYaml(scenario, name.get(), namespace.get()), commands, "");
        } catch (IllegalArgumentException e) {
            show("", commands, e.getMessage());
        }
    }

    private void show(String resource, String commands, String why) {
        yaml.set(resource);
        labels.set(commands);
        problem.set(why);
    }

    /** Writes the TrafficSchedule atomically. */
    public void save(Path file) throws IOException {
        if (yaml.get().isEmpty()) {
            throw new IllegalStateException("nothing to save: " + problem.get());
        }
        AtomicFiles.write(file, yaml.get());
    }

    /** {@code metadata.name}, a DNS-1123 subdomain. */
    public StringProperty nameProperty() {
        return name;
    }

    /** {@code metadata.namespace}, a DNS-1123 label. */
    public StringProperty namespaceProperty() {
        return namespace;
    }

    /** The TrafficSchedule YAML; empty while there is a problem. */
    public ReadOnlyStringProperty yamlProperty() {
        return yaml.getReadOnlyProperty();
    }

    /** The {@code kubectl label deployment} commands for the enabled flavours; empty while there is a problem. */
    public ReadOnlyStringProperty labelsProperty() {
        return labels.getReadOnlyProperty();
    }

    /** What stops the export, empty when nothing does. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
