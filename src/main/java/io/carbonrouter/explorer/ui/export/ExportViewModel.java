package io.carbonrouter.explorer.ui.export;

import io.carbonrouter.explorer.io.AtomicFiles;
import io.carbonrouter.explorer.io.schedule.CrdSchema;
import io.carbonrouter.explorer.io.schedule.DeployedEngine;
import io.carbonrouter.explorer.io.schedule.EngineSetting;
import io.carbonrouter.explorer.io.schedule.KubernetesNames;
import io.carbonrouter.explorer.io.schedule.ScheduleCheck;
import io.carbonrouter.explorer.io.schedule.TrafficScheduleExporter;
import io.carbonrouter.explorer.simulation.Scenario;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The export of a scenario as a TrafficSchedule the operator runs, and the Deployment label commands for its
 * flavours. On every keystroke in name or namespace it shows the export's warnings and the problems
 * {@code check} would list for the resource, each starting with its field path; a problem that stops the export
 * (with the names or the scenario's scheduler settings) is shown instead of the resource. Flavours are not part
 * of the resource, so flavours that cannot be labelled only replace the label commands with the reason.
 */
public final class ExportViewModel {

    /** The only name the operator's router and consumer read. */
    static final String DEFAULT_NAME = DeployedEngine.SCHEDULE_NAME;
    static final String DEFAULT_NAMESPACE = "default";
    /** How a line of {@link #findings} starts: a check problem, or an export warning. */
    static final String CHECK = "check: ";
    static final String WARNING = "warning: ";
    private static final CrdSchema SCHEMA = CrdSchema.trafficSchedule();

    private final Scenario scenario;
    private final List<EngineSetting> environment;
    private final StringProperty name = new SimpleStringProperty(DEFAULT_NAME);
    private final StringProperty namespace = new SimpleStringProperty(DEFAULT_NAMESPACE);
    private final ReadOnlyStringWrapper yaml = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper labels = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final ObservableList<String> checks = FXCollections.observableArrayList();
    private final ObservableList<String> findings = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    public ExportViewModel(Scenario scenario) {
        this.scenario = scenario;
        this.environment = TrafficScheduleExporter.environment(scenario);
        name.addListener((obs, old, now) -> render());
        namespace.addListener((obs, old, now) -> render());
        render();
    }

    private void render() {
        Optional<String> names = KubernetesNames.nameProblem(name.get()).map(p -> "metadata." + p)
                .or(() -> KubernetesNames.namespaceProblem(namespace.get()).map(p -> "metadata." + p));
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
            show(TrafficScheduleExporter.toYaml(scenario, name.get(), namespace.get(), environment), commands, "");
        } catch (IllegalArgumentException e) {
            show("", commands, e.getMessage());
        }
    }

    private void show(String resource, String commands, String why) {
        yaml.set(resource);
        labels.set(commands);
        problem.set(why);
        warnings.setAll(resource.isEmpty() ? List.of() : TrafficScheduleExporter.warnings(scenario, name.get()));
        checks.setAll(resource.isEmpty() ? List.of(why) : ScheduleCheck.problems(resource, "export", SCHEMA));
        List<String> all = new ArrayList<>();
        checks.forEach(c -> all.add(CHECK + c));
        warnings.forEach(w -> all.add(WARNING + w));
        findings.setAll(all);
        summary.set("check: " + count(checks.size(), "problem") + " · " + count(warnings.size(), "warning"));
    }

    private static String count(int n, String what) {
        return n == 0 ? "no " + what + "s" : n + " " + what + (n == 1 ? "" : "s");
    }

    /** Writes the TrafficSchedule atomically. */
    public void save(Path file) throws IOException {
        if (yaml.get().isEmpty()) {
            throw new IllegalStateException("nothing to save: " + problem.get());
        }
        AtomicFiles.write(file, yaml.get());
    }

    /** {@code metadata.name}, a DNS-1123 subdomain; {@value #DEFAULT_NAME} unless the user changes it. */
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

    /** What would make the resource behave unlike the explored run on the cluster, each led by its path. */
    public ObservableList<String> warnings() {
        return FXCollections.unmodifiableObservableList(warnings);
    }

    /** What {@code check} lists for the resource as exported (or what stops the export), each led by its path. */
    public ObservableList<String> checkProblems() {
        return FXCollections.unmodifiableObservableList(checks);
    }

    /** The check problems then the warnings, each led by {@value #CHECK} or {@value #WARNING}. */
    public ObservableList<String> findings() {
        return FXCollections.unmodifiableObservableList(findings);
    }

    /** How many problems and warnings there are, such as "check: no problems · 2 warnings". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The engine settings with no TrafficSchedule field, as {@code VARIABLE=value} lines. */
    public List<String> environmentLines() {
        return environment.stream().map(e -> e.variable() + "=" + e.value()).toList();
    }

    /** The {@code kubectl set env} command that gives the deployed engine those settings. */
    public String setEnvCommand() {
        return TrafficScheduleExporter.setEnvCommand(environment);
    }
}
