package io.carbonrouter.explorer.ui.settings;

import io.carbonrouter.explorer.simulation.DeploymentLoop;
import io.carbonrouter.explorer.simulation.DeploymentLoop.DemandForecast;
import io.carbonrouter.explorer.simulation.DeploymentLoop.Feedback;
import io.carbonrouter.explorer.simulation.Problem;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.ScenarioValidator;
import io.carbonrouter.explorer.ui.common.Formats;
import io.carbonrouter.explorer.ui.form.FieldModel;
import io.carbonrouter.explorer.ui.form.Parsers;
import io.carbonrouter.explorer.ui.model.ScenarioModel;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The deployment loop of the scenario: how often the engine evaluates, what the ledger hears between
 * evaluations and what the demand estimator sees. Every change is one undoable edit.
 */
public final class DeploymentLoopViewModel {

    /** The two clocks a scenario can run on. */
    public enum Mode {
        DEPLOYED("as deployed: every 15 s with feedback"),
        PER_SLOT("one evaluation per slot");

        private final String label;

        Mode(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final ScenarioModel model;
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.PER_SLOT);
    private final ObjectProperty<Feedback> feedback = new SimpleObjectProperty<>(Feedback.EXPECTED);
    private final ObjectProperty<DemandForecast> demand = new SimpleObjectProperty<>(DemandForecast.FLAT);
    private final ReadOnlyBooleanWrapper deployed = new ReadOnlyBooleanWrapper();
    private final FieldModel<Double> interval;
    private DeploymentLoop remembered = DeploymentLoop.AS_DEPLOYED;
    private boolean syncing;

    /**
     * @param report told "Setting: reason" when typed text is refused
     */
    public DeploymentLoopViewModel(ScenarioModel model, Consumer<String> report) {
        this.model = model;
        interval = new FieldModel<>(this::parseInterval, Formats::exact,
                v -> editLoop("evaluation interval", l -> l.withEvaluationSeconds(v)));
        interval.onRefused(r -> report.accept("Evaluation interval: " + r));
        mode.addListener((obs, old, now) -> {
            if (!syncing) {
                Optional<DeploymentLoop> loop = now == Mode.DEPLOYED ? Optional.of(remembered) : Optional.empty();
                model.edit(now == Mode.DEPLOYED ? "deployment loop on" : "deployment loop off",
                        s -> s.toBuilder().loop(loop).build());
            }
        });
        feedback.addListener((obs, old, now) -> {
            if (!syncing) {
                editLoop("feedback " + now.key(), l -> l.withFeedback(now));
            }
        });
        demand.addListener((obs, old, now) -> {
            if (!syncing) {
                editLoop("demand forecast " + now.key(), l -> l.withDemandForecast(now));
            }
        });
        model.scenarioProperty().addListener((obs, old, now) -> show(now));
        show(model.scenario());
    }

    /** A positive interval the scenario can run: the validator's tick limit applies as typed. */
    private double parseInterval(String text) {
        double v = Parsers.number(0, Double.POSITIVE_INFINITY, false).parse(text);
        if (v <= 0) {
            throw new IllegalArgumentException("enter a number of seconds above 0");
        }
        DeploymentLoop l = model.scenario().loop().orElse(remembered);
        Scenario tried = model.scenario().toBuilder()
                .loop(Optional.of(l.withEvaluationSeconds(v))).build();
        for (Problem p : ScenarioValidator.validate(tried)) {
            if (p.path().equals("deployment.evaluationSeconds")) {
                throw new IllegalArgumentException(p.message());
            }
        }
        return v;
    }

    private void editLoop(String label, UnaryOperator<DeploymentLoop> change) {
        if (model.scenario().loop().isEmpty()) {
            return;
        }
        model.edit(label, s -> s.toBuilder().loop(s.loop().map(change)).build());
    }

    private void show(Scenario s) {
        s.loop().ifPresent(l -> remembered = l);
        syncing = true;
        try {
            mode.set(s.loop().isPresent() ? Mode.DEPLOYED : Mode.PER_SLOT);
            deployed.set(s.loop().isPresent());
            feedback.set(remembered.feedback());
            demand.set(remembered.demandForecast());
            interval.show(remembered.evaluationSeconds());
        } finally {
            syncing = false;
        }
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public ObjectProperty<Feedback> feedbackProperty() {
        return feedback;
    }

    public ObjectProperty<DemandForecast> demandProperty() {
        return demand;
    }

    /** True while the scenario runs the loop: the interval, feedback and forecast only mean something then. */
    public ReadOnlyBooleanProperty deployedProperty() {
        return deployed.getReadOnlyProperty();
    }

    public FieldModel<Double> interval() {
        return interval;
    }
}
