package io.carbonrouter.explorer.ui.settings;

import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.ui.form.NumberSetting;
import io.carbonrouter.explorer.ui.model.ScenarioModel;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The Forecast group: whether the engine sees the actual curve (perfect), a forecast curve of its own, or the
 * actual curve plus a seeded error model, and that model's fields. Every change is one undo step.
 */
public final class ForecastSettingsViewModel {

    private final ScenarioModel model;
    private final ObjectProperty<ForecastMode> mode = new SimpleObjectProperty<>(ForecastMode.PERFECT);
    private final List<NumberSetting> error;
    private boolean syncing;

    /**
     * @param report told "Setting: reason" when typed text is refused
     */
    public ForecastSettingsViewModel(ScenarioModel model, Consumer<String> report) {
        this.model = model;
        error = ForecastErrorSpecs.all().stream().map(s -> new NumberSetting(s, model)).toList();
        error.forEach(n -> n.field().onRefused(r -> report.accept(n.spec().label() + ": " + r)));
        mode.addListener((obs, old, now) -> {
            if (!syncing && now != null) {
                choose(now);
            }
        });
        model.scenarioProperty().addListener((obs, old, now) -> show(now));
        show(model.scenario());
    }

    private void show(Scenario s) {
        error.forEach(n -> n.show(s));
        syncing = true;
        try {
            mode.set(ForecastMode.of(s));
        } finally {
            syncing = false;
        }
    }

    /**
     * Switches what the engine sees. "Curve" keeps a forecast curve the scenario has (an imported one) and
     * otherwise starts from a copy of the actual curve, to be edited or replaced.
     */
    private void choose(ForecastMode m) {
        Scenario s = model.scenario();
        if (m == ForecastMode.of(s)) {
            return;
        }
        switch (m) {
            case PERFECT -> model.edit("perfect forecast", Scenario::withPerfectForecast);
            case CURVE -> model.edit("forecast curve", x -> x.toBuilder().forecastError(Optional.empty())
                    .forecast(x.intensity().clone()).build());
            case ERROR_MODEL -> model.edit("forecast error model", x -> x.toBuilder().forecast()
                    .forecastError(Optional.of(ForecastErrorSpecs.defaults(x))).build());
        }
    }

    /** The chosen mode, bound both ways to the choice control. */
    public ObjectProperty<ForecastMode> modeProperty() {
        return mode;
    }

    /** The error model's fields: bias, sd, growth, correlation, seed. */
    public List<NumberSetting> errorFields() {
        return error;
    }
}
