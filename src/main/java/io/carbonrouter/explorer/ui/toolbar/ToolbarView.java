package io.carbonrouter.explorer.ui.toolbar;

import io.carbonrouter.explorer.ui.common.ActionFactory;
import io.carbonrouter.explorer.ui.common.Icons;
import io.carbonrouter.explorer.ui.model.ScenarioModel;
import io.carbonrouter.explorer.ui.run.Playback;
import io.carbonrouter.explorer.ui.service.SampleCatalog;
import io.carbonrouter.explorer.ui.toolbar.ToolbarViewModel.PolicyChoice;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitMenuButton;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;

import java.util.List;
import java.util.function.Consumer;

import static io.carbonrouter.explorer.ui.common.StandardAction.COMPARE;
import static io.carbonrouter.explorer.ui.common.StandardAction.EXPORT;
import static io.carbonrouter.explorer.ui.common.StandardAction.EXPORT_CHARTS;
import static io.carbonrouter.explorer.ui.common.StandardAction.EXPORT_CSV;
import static io.carbonrouter.explorer.ui.common.StandardAction.EXPORT_JSON;
import static io.carbonrouter.explorer.ui.common.StandardAction.EXPORT_SCHEDULE;
import static io.carbonrouter.explorer.ui.common.StandardAction.HIGH_CONTRAST;
import static io.carbonrouter.explorer.ui.common.StandardAction.OPEN;
import static io.carbonrouter.explorer.ui.common.StandardAction.PLAY;
import static io.carbonrouter.explorer.ui.common.StandardAction.PRESENT;
import static io.carbonrouter.explorer.ui.common.StandardAction.REDO;
import static io.carbonrouter.explorer.ui.common.StandardAction.RESET;
import static io.carbonrouter.explorer.ui.common.StandardAction.SAMPLES;
import static io.carbonrouter.explorer.ui.common.StandardAction.SAVE;
import static io.carbonrouter.explorer.ui.common.StandardAction.SAVE_AS;
import static io.carbonrouter.explorer.ui.common.StandardAction.STEP;
import static io.carbonrouter.explorer.ui.common.StandardAction.STEP_BACK;
import static io.carbonrouter.explorer.ui.common.StandardAction.SWEEP;
import static io.carbonrouter.explorer.ui.common.StandardAction.UNDO;
import static io.carbonrouter.explorer.ui.common.Tooltips.tooltip;

/**
 * The toolbar: files (with recent files and imports), samples, policy, playback, speed, undo / redo, compare,
 * sweep, presentation, high contrast, export. Its buttons and menu items are built from the declared actions.
 */
public final class ToolbarView {

    /**
     * What the window hands the toolbar: the actions, the playback and scenario it shows, the samples and how
     * one opens, and what fills the Open button's menu (recent files and imports, another feature's).
     */
    public record Parts(ActionFactory actions, Playback playback, ScenarioModel model,
                        List<SampleCatalog.Sample> samples, Consumer<SampleCatalog.Sample> openSample,
                        Consumer<SplitMenuButton> openMenu) {
    }

    private static final String LABELS = "labels";
    private static final String STACKED = "stacked";
    private static final String MORE = "more";
    private static final String BARE = "bare";
    private static final String NARROW = "narrow";
    private static final String ICONS = "icons";

    private final ToolbarViewModel vm;
    private final Parts parts;

    @FXML
    private ToolBar bar;
    @FXML
    private SplitMenuButton open;
    @FXML
    private SplitMenuButton save;
    @FXML
    private MenuButton samples;
    @FXML
    private Label policyLabel;
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
    private Label speedLabel;
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
    private ToggleButton contrast;
    @FXML
    private MenuButton more;
    @FXML
    private SplitMenuButton export;

    public ToolbarView(ToolbarViewModel vm, Parts parts) {
        this.vm = vm;
        this.parts = parts;
    }

    @FXML
    private void initialize() {
        ActionFactory actions = parts.actions();
        actions.configure(open, OPEN);
        actions.configure(save, SAVE);
        save.getItems().add(actions.menuItem(SAVE_AS));
        ActionFactory.configureMenu(samples, SAMPLES);
        actions.configure(reset, RESET);
        actions.configure(stepBack, STEP_BACK);
        actions.configure(play, PLAY);
        actions.configure(step, STEP);
        actions.configure(undo, UNDO, parts.model().undoLabelProperty());
        actions.configure(redo, REDO, parts.model().redoLabelProperty());
        actions.configure(compare, COMPARE);
        actions.configure(sweep, SWEEP);
        actions.configure(present, PRESENT);
        actions.configure(contrast, HIGH_CONTRAST);
        actions.configure(export, EXPORT);
        // The declared exports go first; items the FXML already holds (the GIF recording) follow them.
        export.getItems().addAll(0, List.of(actions.menuItem(EXPORT_SCHEDULE), new SeparatorMenuItem(),
                actions.menuItem(EXPORT_CSV), actions.menuItem(EXPORT_JSON), actions.menuItem(EXPORT_CHARTS)));
        Playback playback = parts.playback();
        play.graphicProperty().bind(Bindings.createObjectBinding(
                () -> (playback.isPlaying() ? Icons.PAUSE : Icons.PLAY).node(), playback.playingProperty()));
        bar.widthProperty().addListener((obs, old, now) -> fit());
        // What a button shows can change without the bar's width changing (a longer label, a new scenario's speed
        // text): a laid-out bar that no longer holds its items takes the next level.
        bar.needsLayoutProperty().addListener((obs, was, needs) -> {
            if (!needs && bar.getWidth() > 0 && !fits() && !bar.getStyleClass().contains(ICONS)) {
                fit();
            }
        });
        // Presentation mode marks the scene's root, which changes every size on the bar but not its width.
        ListChangeListener<String> restyled = change -> fit();
        bar.sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.getRoot().getStyleClass().removeListener(restyled);
            }
            if (now != null) {
                now.getRoot().getStyleClass().addListener(restyled);
            }
        });
        more.setGraphic(Icons.MORE.node());
        more.setTooltip(tooltip("More actions: " + SWEEP.text() + " and " + HIGH_CONTRAST.text()
                + ", which the toolbar has no room for at this width"));
        more.setFocusTraversable(false);
        more.getItems().addAll(actions.menuItem(SWEEP), actions.menuItem(HIGH_CONTRAST));
        showAt(LABELS, false, policyLabel, speedLabel);
        showAt(MORE, false, sweep, contrast);
        showAt(MORE, true, more);
        showAt(NARROW, false, speedText);
        showAt(NARROW, false, bar.getItems().stream().filter(n -> n instanceof Separator).toArray(Node[]::new));
        policies();
        for (SampleCatalog.Sample s : parts.samples()) {
            MenuItem item = new MenuItem(s.label());
            item.setOnAction(e -> parts.openSample().accept(s));
            samples.getItems().add(item);
        }
        parts.openMenu().accept(open);
        speed.setMin(0);
        speed.setMajorTickUnit(1);
        speed.setMinorTickCount(0);
        speed.setBlockIncrement(1);
        speed.setSnapToTicks(true);
        speed.maxProperty().bind(Bindings.size(vm.speeds()).subtract(1));
        speed.valueProperty().addListener(
                (obs, old, v) -> vm.speedIndexProperty().set((int) Math.round(v.doubleValue())));
        vm.speedIndexProperty().addListener((obs, old, i) -> speed.setValue(i.intValue()));
        speed.setValue(vm.speedIndexProperty().get());
        speed.tooltipProperty().bind(Bindings.createObjectBinding(() -> tooltip(
                "Playback speed in simulated time: " + vm.speedTextProperty().get() + " of the timeline a second ("
                        + vm.speedSteps() + "), from one step to a week a second"),
                vm.speedTextProperty(), vm.speeds()));
        speed.setFocusTraversable(false);
        speedText.textProperty().bind(vm.speedTextProperty());
    }

    /**
     * Puts nodes on the bar (and in its layout) only while it is ({@code shown}) or is not at {@code level} of
     * {@link #fit()}.
     */
    private void showAt(String level, boolean shown, Node... nodes) {
        for (Node n : nodes) {
            n.managedProperty().bind(n.visibleProperty());
            n.visibleProperty().bind(Bindings.createBooleanBinding(() -> bar.getStyleClass().contains(level) == shown,
                    bar.getStyleClass()));
        }
    }

    /**
     * Keeps every button on the toolbar (none in the bar's own overflow, no label cut short) and its words under
     * it, a level at a time while the bar is too narrow (see explorer.css): the words "Policy" and "Speed" go
     * (the tooltips of their controls still say them), the words move under the icons in a smaller font, Sweep
     * and Contrast move into a "More" menu, the speed slider shortens, the separators and the speed in words go
     * (the slider's tooltip gives it); icons alone only when nothing else fits (presentation mode on a 1024 px
     * projector). Each level is measured with its styles applied.
     */
    private void fit() {
        List<String> levels = List.of(LABELS, STACKED, MORE, BARE, NARROW, ICONS);
        bar.getStyleClass().removeAll(levels);
        for (String level : levels) {
            bar.applyCss();
            if (fits()) {
                return;
            }
            bar.getStyleClass().add(level);
        }
    }

    /**
     * The bar's items at their preferred widths fit its width. Its layout rounds each item's width up to a whole
     * pixel, which its preferred width does not count, and squeezed a label to "Op..." by a pixel: a pixel an
     * item is kept spare.
     */
    private boolean fits() {
        return bar.prefWidth(-1) + bar.getItems().size() <= bar.getWidth();
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
}
