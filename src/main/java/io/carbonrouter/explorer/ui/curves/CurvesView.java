package io.carbonrouter.explorer.ui.curves;

import io.carbonrouter.explorer.ui.chart.CurveEditor;
import io.carbonrouter.explorer.ui.chart.EditMode;
import io.carbonrouter.explorer.ui.common.ChartGutter;
import io.carbonrouter.explorer.ui.common.ChartImage;
import io.carbonrouter.explorer.ui.common.Tooltips;
import io.carbonrouter.explorer.ui.common.UiColors;
import io.carbonrouter.explorer.ui.form.FieldBinding;
import io.carbonrouter.explorer.ui.model.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.StackPane;

import java.util.Arrays;
import java.util.Map;

/**
 * The curve editor with its tools: which curve (intensity or demand), drag or draw, presets and
 * transforms. Drags reach the view model live, so the run follows the pointer.
 */
public final class CurvesView {

    private final CurvesViewModel vm;
    private final Timeline timeline;
    private final Runnable importForecast;
    private final CurveEditor editor = new CurveEditor();

    @FXML
    private ToggleButton intensity;
    @FXML
    private ToggleButton demand;
    @FXML
    private CheckBox demandCurve;
    @FXML
    private ToggleButton dragMode;
    @FXML
    private ToggleButton drawMode;
    @FXML
    private MenuButton presets;
    @FXML
    private MenuButton transforms;
    @FXML
    private TextField scaleFactor;
    @FXML
    private TextField shiftBy;
    @FXML
    private TextField smoothWindow;
    @FXML
    private TextField noiseAmplitude;
    @FXML
    private TextField noiseSeed;
    @FXML
    private Button scale;
    @FXML
    private Button shift;
    @FXML
    private Button smooth;
    @FXML
    private Button noise;
    @FXML
    private StackPane editorHolder;

    /** {@code importForecast} opens the forecast import, offered with the presets. */
    public CurvesView(CurvesViewModel vm, Timeline timeline, Runnable importForecast) {
        this.vm = vm;
        this.timeline = timeline;
        this.importForecast = importForecast;
    }

    @FXML
    private void initialize() {
        editor.setId("curve-editor");
        editorHolder.getChildren().add(editor);
        targets();
        modes();
        for (CurvePreset p : CurvePreset.values()) {
            MenuItem item = new MenuItem(p.label());
            item.setOnAction(e -> vm.applyPreset(p));
            presets.getItems().add(item);
        }
        // The forecast import sits with the presets, as a menu item: a button of its own would wrap the
        // tools onto a second row at 1280 pixels and take that height from the curve.
        MenuItem importItem = new MenuItem("Import a forecast file…");
        importItem.setOnAction(e -> importForecast.run());
        presets.getItems().addAll(new SeparatorMenuItem(), importItem);
        presets.setTooltip(Tooltips.tooltip("Replace the curve with a ready-made shape of the same length, or "
                + "import a forecast: pattern JSON, a UK Carbon Intensity, Electricity Maps or WattTime v3 "
                + "response, or CSV (timestamp,intensity[,demand]); its slot length and start come along"));
        transforms();
        editor.valuesProperty().set(vm.valuesProperty().get());
        vm.valuesProperty().addListener((obs, old, now) -> {
            if (!Arrays.equals(editor.valuesProperty().get(), now)) {
                editor.valuesProperty().set(now);
            }
        });
        editor.valuesProperty().addListener((obs, old, now) -> {
            // The view model's own values coming back are no drag.
            if (now != null && !Arrays.equals(now, vm.valuesProperty().get())) {
                vm.dragged(now);
            }
        });
        editor.setOnEditFinished(vm::finished);
        followTimeline();
        editor.timeLabelsProperty().bind(timeline.timeLabelsProperty());
        editor.modeProperty().bind(vm.modeProperty());
        editor.fanProperty().bind(vm.fanProperty());
        editor.titleProperty().bind(Bindings.createStringBinding(() -> vm.targetProperty().get().title(),
                vm.targetProperty()));
        editor.unitProperty().bind(Bindings.createStringBinding(() -> vm.targetProperty().get().unit(),
                vm.targetProperty()));
        editor.colorProperty().bind(Bindings.createObjectBinding(() -> vm.targetProperty().get()
                == CurveTarget.DEMAND ? UiColors.DEMAND : UiColors.INTENSITY, vm.targetProperty()));
    }

    /**
     * The editor shows the curve's points, the charts the run's steps; with Repeat (or ticks within slots) a run
     * is longer than its curve, so the editor marks the point the cursor's step reads, a click there moves the
     * cursor to it, and the editor keeps a zoom of its own. The timeline owns that mapping.
     */
    private void followTimeline() {
        Runnable toEditor = () -> editor.setCursorStep(timeline.curvePoint(timeline.cursor(), points()));
        timeline.cursorProperty().addListener((obs, old, now) -> {
            toEditor.run();
            vm.cursorMoved();
        });
        editor.valuesProperty().addListener((obs, old, now) -> toEditor.run());
        editor.cursorStepProperty().addListener((obs, old, now) -> timeline.pickPoint(now.intValue(), points()));
        toEditor.run();
        editor.leftGutterProperty().set(ChartGutter.WIDTH);
        editor.rightGutterProperty().set(ChartGutter.WIDTH);
        Runnable zoom = () -> {
            timeline.unshareZoom(editor.visibleFromProperty(), editor.visibleToProperty());
            if (timeline.onAxis(points())) {
                timeline.shareZoom(editor.visibleFromProperty(), editor.visibleToProperty());
            } else {
                editor.resetZoom();
            }
        };
        editor.valuesProperty().addListener((obs, old, now) -> {
            if (old == null || now == null || old.length != now.length) {
                zoom.run();
            }
        });
        timeline.stepsProperty().addListener((obs, old, now) -> zoom.run());
        zoom.run();
        editor.repeatsProperty().bind(Bindings.createIntegerBinding(() -> timeline.repeatsOf(points()),
                timeline.stepsProperty(), editor.valuesProperty()));
    }

    private int points() {
        double[] values = editor.getValues();
        return values == null ? 0 : values.length;
    }

    private void targets() {
        choice(vm.targetProperty(), Map.of(intensity, CurveTarget.INTENSITY, demand, CurveTarget.DEMAND));
        demand.disableProperty().bind(vm.hasDemandProperty().not());
        demandCurve.setSelected(vm.hasDemandProperty().get());
        vm.hasDemandProperty().addListener((obs, old, now) -> demandCurve.setSelected(now));
        demandCurve.selectedProperty().addListener((obs, old, now) -> vm.setDemand(now));
        intensity.setTooltip(Tooltips.tooltip("Edit the actual carbon intensity (gCO2/kWh per slot), what the "
                + "grid emits; scenario field intensity. With a forecast or an error model (Settings, Forecast) "
                + "the forecast as issued at the cursor is drawn over it, dashed, with the error model's bands"));
        demand.setTooltip(Tooltips.tooltip("Edit the demand curve (requests per slot); scenario field demand"));
        demandCurve.setTooltip(Tooltips.tooltip("With a demand curve the engine sees demand now and next; "
                + "without one both are 100 and every step weighs the same in the metrics"));
    }

    private void modes() {
        choice(vm.modeProperty(), Map.of(dragMode, EditMode.DRAG_POINT, drawMode, EditMode.DRAW));
        dragMode.setTooltip(Tooltips.tooltip("Drag single points up and down"));
        drawMode.setTooltip(Tooltips.tooltip("Draw freehand: drag across the chart to paint the curve"));
    }

    /** Toggle buttons as a choice of one value, both ways; clicking the chosen one again keeps it chosen. */
    private static <T> void choice(ObjectProperty<T> value, Map<ToggleButton, T> options) {
        ToggleGroup group = new ToggleGroup();
        options.forEach((button, option) -> {
            button.setToggleGroup(group);
            button.setUserData(option);
            button.setSelected(option.equals(value.get()));
        });
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                @SuppressWarnings("unchecked")
                T picked = (T) now.getUserData();
                value.set(picked);
            }
        });
        value.addListener((obs, old, now) -> options.forEach((button, option) -> {
            if (option.equals(now)) {
                button.setSelected(true);
            }
        }));
    }

    private void transforms() {
        FieldBinding.bind(scaleFactor, vm.scaleFactor(), "Factor to multiply every point by");
        FieldBinding.bind(shiftBy, vm.shiftBy(), "Amount to add to every point (results below 0 become 0)");
        FieldBinding.bind(smoothWindow, vm.smoothWindow(), "Width of the moving average, in points");
        FieldBinding.bind(noiseAmplitude, vm.noiseAmplitude(), "Largest random change per point");
        FieldBinding.bind(noiseSeed, vm.noiseSeed(), "Seed of the noise: the same seed gives the same noise");
        scale.setTooltip(Tooltips.tooltip("Multiply the curve by the factor"));
        shift.setTooltip(Tooltips.tooltip("Move the curve up or down"));
        smooth.setTooltip(Tooltips.tooltip("Smooth the curve with a moving average"));
        noise.setTooltip(Tooltips.tooltip("Add seeded random noise"));
        transforms.setTooltip(Tooltips.tooltip("Scale, shift, smooth or add noise to the curve"));
    }

    /** The curve editor as it looks now, named after the curve it shows. */
    public ChartImage snapshot() {
        return ChartImage.of("curve-" + vm.targetProperty().get().key(), editor);
    }

    @FXML
    private void scale() {
        vm.scale();
    }

    @FXML
    private void shift() {
        vm.shift();
    }

    @FXML
    private void smooth() {
        vm.smooth();
    }

    @FXML
    private void addNoise() {
        vm.addNoise();
    }
}
