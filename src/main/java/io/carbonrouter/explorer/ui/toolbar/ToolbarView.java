package io.carbonrouter.explorer.ui.toolbar;

import io.carbonrouter.explorer.ui.MainViewModel;
import io.carbonrouter.explorer.ui.toolbar.ToolbarViewModel.PolicyChoice;
import io.carbonrouter.explorer.ui.analysis.AnalysisWindows;
import io.carbonrouter.explorer.ui.common.Icons;
import io.carbonrouter.explorer.ui.document.DocumentViewModel;
import io.carbonrouter.explorer.ui.document.RecentMenu;
import io.carbonrouter.explorer.ui.model.ScenarioModel;
import io.carbonrouter.explorer.ui.service.SampleCatalog;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitMenuButton;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;

import java.util.List;

import static io.carbonrouter.explorer.ui.common.Tooltips.tooltip;

/**
 * The toolbar: files (with recent files and imports), samples, policy, playback, speed, undo / redo, compare,
 * sweep, presentation, export.
 */
public final class ToolbarView {

    private static final String TIGHT = "tight";
    private static final String COMPACT = "compact";
    private static final String ICONS = "icons";

    private final ToolbarViewModel vm;
    private final DocumentViewModel document;
    private final MainViewModel main;
    private final AnalysisWindows analysis;

    @FXML
    private ToolBar bar;
    @FXML
    private SplitMenuButton open;
    @FXML
    private SplitMenuButton save;
    @FXML
    private MenuButton samples;
    @FXML
    private ComboBox<PolicyChoice> policy;
    @FXML
    private Button reset;
    @FXML
    private Button stepBack;
    @FXML
    private Button play;
    @FXML
    private Button step;
    @FXML
    private Slider speed;
    @FXML
    private Label speedText;
    @FXML
    private Button undo;
    @FXML
    private Button redo;
    @FXML
    private Button compare;
    @FXML
    private Button sweep;
    @FXML
    private ToggleButton present;
    @FXML
    private SplitMenuButton export;

    public ToolbarView(MainViewModel main, AnalysisWindows analysis) {
        this.main = main;
        this.analysis = analysis;
        this.vm = main.toolbar();
        this.document = main.document();
    }

    @FXML
    private void initialize() {
        decorate(open, Icons.OPEN, "Open a scenario file (Ctrl+O); the arrow lists the recent files and "
                + "imports a TrafficSchedule or a forecast");
        decorate(save, Icons.SAVE, "Save the scenario (Ctrl+S); the arrow offers Save as (Ctrl+Shift+S)");
        decorate(samples, Icons.SAMPLES, "Open one of the built-in sample scenarios");
        decorate(reset, Icons.RESET, "Reset: back to the first step with the whole timeline");
        decorate(stepBack, Icons.STEP_BACK, "Step back (Left)");
        decorate(step, Icons.STEP, "Step forward (Right); computes the next step of a paused playback");
        decorate(undo, Icons.UNDO, "Undo (Ctrl+Z)");
        decorate(redo, Icons.REDO, "Redo (Ctrl+Y)");
        decorate(export, Icons.EXPORT, "Export the scenario as a TrafficSchedule (Ctrl+E); the arrow exports "
                + "the run as CSV or JSON and the charts as PNG");
        decorate(compare, Icons.COMPARE, "Compare (Ctrl+M): every strategy on this scenario, against the best "
                + "any mix of the flavours could do");
        decorate(sweep, Icons.SWEEP, "Sweep (Ctrl+G): run one or two settings over a range of values and see "
                + "which saves the most for the precision you need");
        decorate(present, Icons.PRESENT, "Presentation mode (F11 or Ctrl+Shift+P): larger text, editors hidden; "
                + "press again to bring them back");
        present.selectedProperty().bindBidirectional(main.presentationProperty());
        bar.widthProperty().addListener((obs, old, now) -> fit());
        play.setFocusTraversable(false);
        play.graphicProperty().bind(Bindings.createObjectBinding(
                () -> (main.playback().isPlaying() ? Icons.PAUSE : Icons.PLAY).node(),
                main.playback().playingProperty()));
        play.setTooltip(tooltip("Play / pause (Space): runs the timeline from the cursor at the chosen speed; "
                + "edits while playing apply from the current step on"));
        play.disableProperty().bind(Bindings.createBooleanBinding(() -> !main.problemsProperty().get().isEmpty(),
                main.problemsProperty()));
        policies();
        samplesMenu();
        RecentMenu.install(open, document, main.imports());
        speed.setMin(0);
        speed.setMax(ToolbarViewModel.SPEED_EXPONENT_MAX);
        speed.valueProperty().bindBidirectional(vm.speedExponentProperty());
        speed.setTooltip(tooltip("Playback speed in steps per second (1 to 1000)"));
        speed.setFocusTraversable(false);
        speedText.textProperty().bind(vm.speedTextProperty());
        ScenarioModel model = main.model();
        undo.disableProperty().bind(model.canUndoProperty().not());
        redo.disableProperty().bind(model.canRedoProperty().not());
        undo.tooltipProperty().bind(Bindings.createObjectBinding(() -> tooltip("Undo "
                + model.undoLabelProperty().get() + " (Ctrl+Z)"), model.undoLabelProperty()));
        redo.tooltipProperty().bind(Bindings.createObjectBinding(() -> tooltip("Redo "
                + model.redoLabelProperty().get() + " (Ctrl+Y)"), model.redoLabelProperty()));
    }

    /**
     * Keeps every button on the toolbar (none in the overflow menu) by dropping labels while it is too narrow
     * for them, a level at a time (see explorer.css); each level is measured with its styles applied.
     */
    private void fit() {
        List<String> levels = List.of(TIGHT, COMPACT, ICONS);
        bar.getStyleClass().removeAll(levels);
        for (String level : levels) {
            bar.applyCss();
            if (bar.prefWidth(-1) <= bar.getWidth()) {
                return;
            }
            bar.getStyleClass().add(level);
        }
    }

    private void policies() {
        policy.getItems().setAll(vm.policies());
        policy.valueProperty().bindBidirectional(vm.policyProperty());
        policy.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(PolicyChoice item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name());
                setTooltip(empty || item == null ? null : tooltip(item.description()));
            }
        });
        policy.tooltipProperty().bind(Bindings.createObjectBinding(() -> {
            PolicyChoice c = policy.getValue();
            return tooltip("The strategy to run (scenario field policy; TrafficSchedule field "
                    + "spec.scheduler.policy)" + (c == null ? "" : "\n" + c.name() + ": " + c.description()));
        }, policy.valueProperty()));
        policy.setFocusTraversable(false);
    }

    private void samplesMenu() {
        for (SampleCatalog.Sample s : document.samples()) {
            MenuItem item = new MenuItem(s.label());
            item.setOnAction(e -> document.openSample(s));
            samples.getItems().add(item);
        }
    }

    private static void decorate(ButtonBase b, Icons icon, String tip) {
        b.setGraphic(icon.node());
        b.setTooltip(tooltip(tip));
        b.setFocusTraversable(false);
    }

    @FXML
    private void open() {
        document.open();
    }

    @FXML
    private void save() {
        document.save();
    }

    @FXML
    private void saveAs() {
        document.saveAs();
    }

    @FXML
    private void reset() {
        main.playback().reset();
    }

    @FXML
    private void stepBack() {
        main.stepBack();
    }

    @FXML
    private void togglePlay() {
        main.playback().toggle();
    }

    @FXML
    private void step() {
        main.stepForward();
    }

    @FXML
    private void undo() {
        document.undo();
    }

    @FXML
    private void redo() {
        document.redo();
    }

    @FXML
    private void compare() {
        analysis.showCompare();
    }

    @FXML
    private void sweep() {
        analysis.showSweep();
    }

    @FXML
    private void export() {
        document.export();
    }

    @FXML
    private void exportCsv() {
        main.results().exportCsv();
    }

    @FXML
    private void exportJson() {
        main.results().exportJson();
    }

    @FXML
    private void exportCharts() {
        main.results().exportCharts();
    }
}
