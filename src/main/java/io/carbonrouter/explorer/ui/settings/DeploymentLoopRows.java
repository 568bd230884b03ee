package io.carbonrouter.explorer.ui.settings;

import io.carbonrouter.explorer.simulation.DeploymentLoop.DemandForecast;
import io.carbonrouter.explorer.simulation.DeploymentLoop.Feedback;
import io.carbonrouter.explorer.ui.common.Tooltips;
import io.carbonrouter.explorer.ui.form.FieldBinding;
import io.carbonrouter.explorer.ui.form.FieldValidation;
import io.carbonrouter.explorer.ui.settings.DeploymentLoopViewModel.Mode;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;

import java.util.function.Function;

/** The rows of the "Deployment loop" group, each with help naming what it is in the deployed engine. */
final class DeploymentLoopRows {

    static final String MODE_HELP = "How often the engine evaluates. As deployed, the decision engine runs every "
            + "SCHEDULE_EVAL_INTERVAL_SEC seconds and the ledger hears what the routers sent in between; one "
            + "evaluation per slot is the quick view, where a credit window spans slots instead of seconds.";
    static final String INTERVAL_HELP = "Seconds between evaluations: the decision engine's environment "
            + "variable SCHEDULE_EVAL_INTERVAL_SEC (15 by default).";
    static final String FEEDBACK_HELP = "What the ledger takes before each evaluation. In the deployed engine a "
            + "metrics poll every 15 s feeds it the realised precision of the requests the routers sent with the "
            + "published integer weights (no environment variable: it is always on).\n"
            + "none: only the engine's own planned precision; expected: the mean under the integer weights; "
            + "sampled: request counts drawn per flavour from a seeded generator; unmatched: every counted request "
            + "read as full precision, as the engine does for flavour names it does not know (a hypothesis for "
            + "the published cluster runs, not a healthy deployment).";
    static final String DEMAND_HELP = "The demand now and next the engine sees. The deployed engine's demand "
            + "estimator is never fed, so it always forecasts 100 (flat); curve feeds it the scenario's demand.";

    private DeploymentLoopRows() {
    }

    static void fill(GridPane grid, DeploymentLoopViewModel vm, FieldValidation validation) {
        ChoiceBox<Mode> mode = choice("loop-mode", Mode.values(), vm.modeProperty(), Mode::toString, MODE_HELP);
        grid.add(label("Clock", MODE_HELP), 0, 0);
        grid.add(mode, 1, 0, 3, 1);

        TextField interval = new TextField();
        interval.setId("setting-evaluationSeconds");
        interval.setPrefColumnCount(5);
        interval.getStyleClass().add("number-field");
        FieldBinding.bind(interval, vm.interval(), INTERVAL_HELP);
        validation.register(interval, vm.interval());
        interval.disableProperty().bind(vm.deployedProperty().not());
        grid.add(label("Interval", INTERVAL_HELP), 0, 1);
        grid.add(interval, 2, 1);
        Label unit = new Label("s");
        unit.getStyleClass().add("unit");
        grid.add(unit, 3, 1);

        ChoiceBox<Feedback> feedback = choice("loop-feedback", Feedback.values(), vm.feedbackProperty(),
                Feedback::key, FEEDBACK_HELP);
        feedback.disableProperty().bind(vm.deployedProperty().not());
        grid.add(label("Feedback", FEEDBACK_HELP), 0, 2);
        grid.add(feedback, 1, 2, 3, 1);

        ChoiceBox<DemandForecast> demand = choice("loop-demand", DemandForecast.values(), vm.demandProperty(),
                DemandForecast::key, DEMAND_HELP);
        demand.disableProperty().bind(vm.deployedProperty().not());
        grid.add(label("Demand forecast", DEMAND_HELP), 0, 3);
        grid.add(demand, 1, 3, 3, 1);
    }

    /** The cluster path's rows below the loop's, from {@code row} on; they mean something only in the loop. */
    static void fillCluster(GridPane grid, int row, ClusterPathViewModel vm, DeploymentLoopViewModel loop,
                            FieldValidation validation) {
        ChoiceBox<ClusterPathViewModel.Preset> preset = choice("cluster-preset", ClusterPathViewModel.Preset.values(),
                vm.presetProperty(), ClusterPathViewModel.Preset::toString, ClusterPathHelp.PRESET);
        preset.disableProperty().bind(loop.deployedProperty().not());
        grid.add(label("Cluster path", ClusterPathHelp.PRESET), 0, row);
        grid.add(preset, 1, row++, 3, 1);
        for (ClusterPathViewModel.Row r : vm.rows()) {
            TextField field = new TextField();
            field.setId("cluster-" + r.label().toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
            field.setPrefColumnCount(5);
            field.getStyleClass().add("number-field");
            FieldBinding.bind(field, r.field(), r.help());
            validation.register(field, r.field());
            field.disableProperty().bind(loop.deployedProperty().not());
            grid.add(label(r.label(), r.help()), 0, row);
            grid.add(field, 2, row);
            Label unit = new Label(r.unit());
            unit.getStyleClass().add("unit");
            grid.add(unit, 3, row++);
        }
        grid.add(check("cluster-completion", "Count on completion", vm.countOnCompletionProperty(),
                ClusterPathHelp.COMPLETION, loop), 1, row++, 3, 1);
        grid.add(check("cluster-throttle", "Consumer throttle", vm.consumerThrottleProperty(),
                ClusterPathHelp.THROTTLE, loop), 1, row, 3, 1);
    }

    private static CheckBox check(String id, String text, BooleanProperty value, String help,
                                  DeploymentLoopViewModel loop) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.selectedProperty().bindBidirectional(value);
        box.setTooltip(Tooltips.tooltip(help));
        box.disableProperty().bind(loop.deployedProperty().not());
        return box;
    }

    private static <T> ChoiceBox<T> choice(String id, T[] values, ObjectProperty<T> value, Function<T, String> name,
                                           String help) {
        ChoiceBox<T> box = new ChoiceBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : name.apply(t);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException("a choice is picked, never typed");
            }
        });
        box.valueProperty().bindBidirectional(value);
        box.setTooltip(Tooltips.tooltip(help));
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private static Label label(String text, String help) {
        Label l = new Label(text);
        l.getStyleClass().add("setting-label");
        l.setTooltip(Tooltips.tooltip(help));
        return l;
    }
}
