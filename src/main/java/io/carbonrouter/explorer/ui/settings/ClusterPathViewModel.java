package io.carbonrouter.explorer.ui.settings;

import io.carbonrouter.explorer.simulation.ClusterModel;
import io.carbonrouter.explorer.simulation.ClusterModel.ClosedLoad;
import io.carbonrouter.explorer.simulation.DeploymentLoop;
import io.carbonrouter.explorer.simulation.Problem;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.ScenarioValidator;
import io.carbonrouter.explorer.ui.common.Formats;
import io.carbonrouter.explorer.ui.form.FieldModel;
import io.carbonrouter.explorer.ui.form.Parsers;
import io.carbonrouter.explorer.ui.model.ScenarioModel;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The deployment loop's cluster model (docs/CLUSTER-MODEL.md): a preset, and one field per part, each typed
 * value checked by the scenario's own rules before it is one undoable edit.
 */
public final class ClusterPathViewModel {

    /** What the model is as a whole: every part ideal, the harness's, or anything else. */
    public enum Preset {
        IDEAL("ideal (none)"),
        HARNESS("upstream harness"),
        CUSTOM("custom");

        private final String label;

        Preset(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** One numeric part: its label, unit, help and field. */
    public record Row(String label, String unit, String help, FieldModel<Double> field) {
    }

    private final ScenarioModel model;
    private final ObjectProperty<Preset> preset = new SimpleObjectProperty<>(Preset.IDEAL);
    private final BooleanProperty countOnCompletion = new SimpleBooleanProperty();
    private final BooleanProperty consumerThrottle = new SimpleBooleanProperty();
    private final List<Row> rows = new ArrayList<>();
    private final List<Runnable> shows = new ArrayList<>();
    private boolean syncing;

    /**
     * @param report told "Setting: reason" when typed text is refused
     */
    public ClusterPathViewModel(ScenarioModel model, Consumer<String> report) {
        this.model = model;
        seconds("Start offset", "startOffsetSeconds", ClusterPathHelp.OFFSET, ClusterModel::startOffsetSeconds,
                ClusterModel::withStartOffsetSeconds, report);
        seconds("Warm-up", "warmupSeconds", ClusterPathHelp.WARMUP, ClusterModel::warmupSeconds,
                ClusterModel::withWarmupSeconds, report);
        seconds("Publication lag", "publicationLagSeconds", ClusterPathHelp.LAG,
                ClusterModel::publicationLagSeconds, ClusterModel::withPublicationLagSeconds, report);
        seconds("Carbon cache", "carbonCacheSeconds", ClusterPathHelp.CACHE, ClusterModel::carbonCacheSeconds,
                ClusterModel::withCarbonCacheSeconds, report);
        row("Extra evaluations", "", "extraEvaluations", ClusterPathHelp.EXTRA, m -> (double) m.extraEvaluations(),
                (m, v) -> m.withExtraEvaluations((int) Math.rint(v)), report);
        row("Users", "", "load.users", ClusterPathHelp.USERS,
                m -> m.load().map(l -> (double) l.users()).orElse(0.0), ClusterPathViewModel::withUsers, report);
        seconds("Min request time", "load.minRequestSeconds", ClusterPathHelp.MIN_REQUEST,
                m -> m.load().map(ClosedLoad::minRequestSeconds).orElse(0.0),
                (m, v) -> m.withLoad(m.load().map(l -> l.withMinRequestSeconds(v))), report);
        countOnCompletion.addListener((obs, old, now) -> editCluster("count on completion " + (now ? "on" : "off"),
                m -> m.withCountOnCompletion(now)));
        consumerThrottle.addListener((obs, old, now) -> editCluster("consumer throttle " + (now ? "on" : "off"),
                m -> m.withLoad(m.load().map(l -> l.withConsumerThrottle(now)))));
        preset.addListener((obs, old, now) -> {
            if (now != Preset.CUSTOM) {
                editCluster("cluster path " + now.name().toLowerCase(java.util.Locale.ROOT),
                        m -> now == Preset.HARNESS ? ClusterModel.HARNESS : ClusterModel.IDEAL);
            }
        });
        model.scenarioProperty().addListener((obs, old, now) -> show());
        show();
    }

    /** 0 users is the open loop (requests follow the demand curve); more runs the harness's load with them. */
    private static ClusterModel withUsers(ClusterModel m, double v) {
        int users = (int) Math.rint(v);
        return users == 0 ? m.withLoad(Optional.empty())
                : m.withLoad(Optional.of(m.load().orElse(ClosedLoad.HARNESS).withUsers(users)));
    }

    private void seconds(String label, String path, String help, Function<ClusterModel, Double> get,
                         BiFunction<ClusterModel, Double, ClusterModel> set, Consumer<String> report) {
        row(label, "s", path, help, get, set, report);
    }

    private void row(String label, String unit, String path, String help, Function<ClusterModel, Double> get,
                     BiFunction<ClusterModel, Double, ClusterModel> set, Consumer<String> report) {
        FieldModel<Double> field = new FieldModel<>(text -> parse(text, path, set), Formats::exact,
                v -> editCluster(label.toLowerCase(java.util.Locale.ROOT), m -> set.apply(m, v)));
        field.onRefused(r -> report.accept(label + ": " + r));
        rows.add(new Row(label, unit, help, field));
        shows.add(() -> field.show(get.apply(cluster(model.scenario()))));
    }

    /** A number the scenario's rules accept for this part, as typed. */
    private double parse(String text, String path, BiFunction<ClusterModel, Double, ClusterModel> set) {
        double v = Parsers.number(0, Double.POSITIVE_INFINITY, false).parse(text);
        Scenario s = model.scenario();
        DeploymentLoop l = s.loop().orElse(DeploymentLoop.AS_DEPLOYED);
        Scenario tried = s.toBuilder().loop(Optional.of(l.withCluster(set.apply(l.cluster(), v)))).build();
        for (Problem p : ScenarioValidator.validate(tried)) {
            if (p.path().equals("deployment.cluster." + path)) {
                throw new IllegalArgumentException(p.message());
            }
        }
        return v;
    }

    private static ClusterModel cluster(Scenario s) {
        return s.loop().map(DeploymentLoop::cluster).orElse(ClusterModel.IDEAL);
    }

    private void editCluster(String label, UnaryOperator<ClusterModel> change) {
        if (syncing || model.scenario().loop().isEmpty()) {
            return;
        }
        model.edit(label, s -> s.toBuilder().loop(s.loop().map(l -> l.withCluster(change.apply(l.cluster()))))
                .build());
    }

    private void show() {
        ClusterModel m = cluster(model.scenario());
        syncing = true;
        try {
            preset.set(m.isIdeal() ? Preset.IDEAL : m.equals(ClusterModel.HARNESS) ? Preset.HARNESS : Preset.CUSTOM);
            countOnCompletion.set(m.countOnCompletion());
            consumerThrottle.set(m.load().map(ClosedLoad::consumerThrottle).orElse(false));
            shows.forEach(Runnable::run);
        } finally {
            syncing = false;
        }
    }

    public ObjectProperty<Preset> presetProperty() {
        return preset;
    }

    public BooleanProperty countOnCompletionProperty() {
        return countOnCompletion;
    }

    public BooleanProperty consumerThrottleProperty() {
        return consumerThrottle;
    }

    /** The numeric parts in the order they are shown. */
    public List<Row> rows() {
        return Collections.unmodifiableList(rows);
    }
}
