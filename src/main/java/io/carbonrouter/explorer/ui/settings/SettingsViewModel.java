package io.carbonrouter.explorer.ui.settings;

import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.ui.form.FieldModel;
import io.carbonrouter.explorer.ui.form.NumberSetting;
import io.carbonrouter.explorer.ui.form.Parsers;
import io.carbonrouter.explorer.ui.form.SettingSpecs;
import io.carbonrouter.explorer.ui.model.ScenarioModel;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Ledger and throttle knobs, component bounds, forecast settings and the deployment loop, each validated in place and written
 * to the scenario model as one undoable edit.
 */
public final class SettingsViewModel {

    private final List<NumberSetting> ledger;
    private final List<NumberSetting> bounds;
    private final List<NumberSetting> forecast;
    private final List<OperatorSettings> operator;
    private final FieldModel<String> name;
    private final FieldModel<Optional<Instant>> start;
    private final FieldModel<Long> seed;
    private final ForecastSettingsViewModel engineForecast;
    private final BooleanProperty repeat = new SimpleBooleanProperty();
    private final DeploymentLoopViewModel loop;
    private final ClusterPathViewModel cluster;
    private boolean syncing;

    /**
     * @param report told "Setting: reason" when typed text is refused
     */
    public SettingsViewModel(ScenarioModel model, Consumer<String> report) {
        ledger = SettingSpecs.ledger().stream().map(s -> new NumberSetting(s, model)).toList();
        bounds = SettingSpecs.bounds().stream().map(s -> new NumberSetting(s, model)).toList();
        forecast = SettingSpecs.forecast().stream().map(s -> new NumberSetting(s, model)).toList();
        operator = SettingSpecs.COMPONENTS.stream().map(c -> new OperatorSettings(model, c, report)).toList();
        name = new FieldModel<>(Parsers.name(), n -> n,
                v -> model.edit("scenario name", s -> s.toBuilder().name(v).build()));
        start = new FieldModel<>(Parsers.optionalInstant(), t -> t.map(Instant::toString).orElse(""),
                v -> model.edit("start time", s -> s.toBuilder().start(v).build()));
        seed = new FieldModel<>(Parsers.wholeNumber(), String::valueOf,
                v -> model.edit("seed", s -> s.toBuilder().seed(v).build()));
        engineForecast = new ForecastSettingsViewModel(model, report);
        Stream.of(ledger, bounds, forecast).flatMap(List::stream).forEach(n ->
                n.field().onRefused(r -> report.accept(n.spec().label() + ": " + r)));
        name.onRefused(r -> report.accept("Scenario name: " + r));
        start.onRefused(r -> report.accept("Start: " + r));
        seed.onRefused(r -> report.accept("Seed: " + r));
        repeat.addListener((obs, old, now) -> {
            if (!syncing) {
                model.edit(now ? "repeat on" : "repeat off", s -> s.toBuilder().repeat(now).build());
            }
        });
        loop = new DeploymentLoopViewModel(model, report);
        cluster = new ClusterPathViewModel(model, report);
        model.scenarioProperty().addListener((obs, old, now) -> show(now));
        show(model.scenario());
    }

    private void show(Scenario s) {
        ledger.forEach(n -> n.show(s));
        bounds.forEach(n -> n.show(s));
        operator.forEach(o -> o.show(s));
        forecast.forEach(n -> n.show(s));
        name.show(s.name());
        start.show(s.start());
        seed.show(s.seed());
        syncing = true;
        try {
            repeat.set(s.repeat());
        } finally {
            syncing = false;
        }
    }

    public List<NumberSetting> ledger() {
        return ledger;
    }

    public List<NumberSetting> bounds() {
        return bounds;
    }

    /** Per component (router, consumer, target), the settings only the operator uses. */
    public List<OperatorSettings> operator() {
        return operator;
    }

    public List<NumberSetting> forecast() {
        return forecast;
    }

    /** What the engine sees: perfect, a forecast curve or an error model. */
    public ForecastSettingsViewModel engineForecast() {
        return engineForecast;
    }

    public FieldModel<String> name() {
        return name;
    }

    public FieldModel<Optional<Instant>> start() {
        return start;
    }

    public FieldModel<Long> seed() {
        return seed;
    }

    /** The deployment loop group: the engine's clock, feedback and demand forecast. */
    public DeploymentLoopViewModel loop() {
        return loop;
    }

    /** The deployment loop's cluster path: from a decision to a counted request. */
    public ClusterPathViewModel cluster() {
        return cluster;
    }

    /** Whether the curves wrap around; bound both ways to a check box. */
    public BooleanProperty repeatProperty() {
        return repeat;
    }

    /** Every setting, for lookups by key. */
    public Optional<NumberSetting> setting(String key) {
        return Stream.of(ledger, bounds, forecast).flatMap(List::stream)
                .filter(n -> n.spec().key().equals(key)).findFirst();
    }
}
