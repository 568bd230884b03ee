package io.carbonrouter.explorer.ui.settings;

import io.carbonrouter.explorer.ui.common.Tooltips;
import io.carbonrouter.explorer.ui.form.FieldBinding;
import io.carbonrouter.explorer.ui.form.FieldModel;
import io.carbonrouter.explorer.ui.form.FieldValidation;
import io.carbonrouter.explorer.ui.form.NumberSetting;
import io.carbonrouter.explorer.ui.form.SettingSpec;
import io.carbonrouter.explorer.ui.form.SettingSpecs;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;

import java.util.List;

/**
 * Ledger and throttle knobs (slider plus typed field), component bounds (typed min / max) and the scenario's
 * forecast settings. Rows are built from the setting specs, so every setting has the same shape and help.
 */
public final class SettingsView {

    private static final String NOT_IN_CRD = "Scenario setting, not in the CRD";

    private final SettingsViewModel vm;
    private final FieldValidation validation = new FieldValidation();

    @FXML
    private GridPane ledgerGrid;
    @FXML
    private GridPane boundsGrid;
    @FXML
    private GridPane operatorGrid;
    @FXML
    private GridPane forecastGrid;
    @FXML
    private GridPane engineForecastGrid;
    @FXML
    private GridPane loopGrid;

    public SettingsView(SettingsViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        int row = 0;
        for (NumberSetting s : vm.ledger()) {
            sliderRow(ledgerGrid, row++, s);
        }
        bounds();
        forecast();
        engineForecast();
        DeploymentLoopRows.fill(loopGrid, vm.loop(), validation);
        DeploymentLoopRows.fillCluster(loopGrid, 4, vm.cluster(), vm.loop(), validation);
    }

    /** Perfect, curve or error model; the model's fields show only while it is chosen. */
    private void engineForecast() {
        ForecastSettingsViewModel f = vm.engineForecast();
        ComboBox<ForecastMode> mode = new ComboBox<>(FXCollections.observableArrayList(ForecastMode.values()));
        mode.setId("setting-forecast-mode");
        mode.setConverter(new StringConverter<>() {
            @Override
            public String toString(ForecastMode m) {
                return m == null ? "" : m.label();
            }

            @Override
            public ForecastMode fromString(String text) {
                return ForecastMode.valueOf(text);
            }
        });
        mode.valueProperty().bindBidirectional(f.modeProperty());
        String help = "What the engine decides on. Perfect: the actual curve. Curve: a forecast curve of its own "
                + "(an imported UK file's forecast, or a copy of the actual curve to edit). Error model: the "
                + "actual curve plus seeded errors growing with lead time. Emissions always use the actual curve."
                + "\n" + NOT_IN_CRD;
        mode.setTooltip(Tooltips.tooltip(help));
        engineForecastGrid.add(label("Engine sees", help), 0, 0);
        engineForecastGrid.add(mode, 1, 0, 3, 1);
        int row = 1;
        for (NumberSetting s : f.errorFields()) {
            Label label = label(s.spec().label(), s.spec().tooltip());
            TextField field = field(s);
            Label unit = unit(s.spec().unit());
            for (Node n : List.of(label, field, unit)) {
                n.visibleProperty().bind(f.modeProperty().isEqualTo(ForecastMode.ERROR_MODEL));
                n.managedProperty().bind(n.visibleProperty());
            }
            engineForecastGrid.add(label, 0, row);
            engineForecastGrid.add(field, 2, row);
            engineForecastGrid.add(unit, 3, row++);
        }
    }

    private void bounds() {
        boundsGrid.add(columnHeader("min"), 1, 0);
        boundsGrid.add(columnHeader("max"), 2, 0);
        List<NumberSetting> all = vm.bounds();
        for (int i = 0; i < all.size(); i += 2) {
            NumberSetting min = all.get(i);
            NumberSetting max = all.get(i + 1);
            int row = i / 2 + 1;
            String component = SettingSpecs.COMPONENTS.get(i / 2);
            Label label = label(Character.toUpperCase(component.charAt(0)) + component.substring(1),
                    "Replica bounds of the " + component + ". The throttle scales max into a ceiling; min is "
                            + "the floor. Empty: not set.");
            boundsGrid.add(label, 0, row);
            boundsGrid.add(field(min), 1, row);
            boundsGrid.add(field(max), 2, row);
        }
        OperatorGrid.fill(operatorGrid, vm.operator(), (t, f) -> bind(t, f.field(), f.tooltip()));
    }

    private void forecast() {
        int row = 0;
        TextField name = new TextField();
        name.setId("setting-name");
        bind(name, vm.name(), "The scenario's name, shown in the title bar.\n" + NOT_IN_CRD);
        forecastGrid.add(label("Name", "The scenario's name.\n" + NOT_IN_CRD), 0, row);
        forecastGrid.add(name, 1, row++, 3, 1);
        for (NumberSetting s : vm.forecast()) {
            if (s.spec().hasSlider()) {
                sliderRow(forecastGrid, row++, s);
            } else {
                forecastGrid.add(label(s.spec().label(), s.spec().tooltip()), 0, row);
                forecastGrid.add(field(s), 2, row);
                forecastGrid.add(unit(s.spec().unit()), 3, row++);
            }
        }
        TextField start = new TextField();
        start.setId("setting-start");
        start.setPromptText("none (times from 00:00)");
        String startHelp = "When the first slot starts, in UTC (ISO-8601, such as 2030-01-15T00:00:00Z); "
                + "empty for relative times.\n" + NOT_IN_CRD;
        bind(start, vm.start(), startHelp);
        forecastGrid.add(label("Start", startHelp), 0, row);
        forecastGrid.add(start, 1, row++, 3, 1);
        CheckBox repeat = new CheckBox("Repeat the curves");
        repeat.setId("setting-repeat");
        repeat.selectedProperty().bindBidirectional(vm.repeatProperty());
        repeat.setTooltip(Tooltips.tooltip("Wrap the curves around, so a day-long curve can run for a week "
                + "and the forecast always sees a full horizon.\n" + NOT_IN_CRD));
        forecastGrid.add(repeat, 1, row++, 3, 1);
        TextField seed = new TextField();
        seed.setId("setting-seed");
        String seedHelp = "Seed of the random strategy: the same seed gives the same run.\n" + NOT_IN_CRD;
        bind(seed, vm.seed(), seedHelp);
        forecastGrid.add(label("Seed", seedHelp), 0, row);
        forecastGrid.add(seed, 2, row);
    }

    private void sliderRow(GridPane grid, int row, NumberSetting s) {
        SettingSpec spec = s.spec();
        Slider slider = new Slider(spec.sliderMin(), spec.sliderMax(), s.sliderProperty().get());
        slider.setId("slider-" + spec.key());
        slider.valueProperty().bindBidirectional(s.sliderProperty());
        slider.valueChangingProperty().addListener((obs, was, now) -> s.setDragging(now));
        slider.setTooltip(Tooltips.tooltip(spec.tooltip()));
        grid.add(label(spec.label(), spec.tooltip()), 0, row);
        grid.add(slider, 1, row);
        grid.add(field(s), 2, row);
        grid.add(unit(spec.unit()), 3, row);
    }

    private TextField field(NumberSetting s) {
        TextField f = new TextField();
        f.setId("setting-" + s.spec().key());
        f.setPrefColumnCount(5);
        f.getStyleClass().add("number-field");
        if (s.spec().optional()) {
            f.setPromptText("not set");
        }
        bind(f, s.field(), s.spec().tooltip());
        return f;
    }

    private void bind(TextField field, FieldModel<?> model, String help) {
        FieldBinding.bind(field, model, help);
        validation.register(field, model);
    }

    private static Label label(String text, String help) {
        Label l = new Label(text);
        l.getStyleClass().add("setting-label");
        l.setTooltip(Tooltips.tooltip(help));
        return l;
    }

    private static Label unit(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("unit");
        return l;
    }

    private static Label columnHeader(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("grid-header");
        return l;
    }
}
