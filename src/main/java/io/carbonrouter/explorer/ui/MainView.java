package io.carbonrouter.explorer.ui;

import io.carbonrouter.explorer.ui.common.ChartImage;
import io.carbonrouter.explorer.ui.common.Presentation;
import io.carbonrouter.explorer.ui.curves.CurvesView;
import io.carbonrouter.explorer.ui.lessons.LessonTargets;
import io.carbonrouter.explorer.ui.results.ChartsView;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The main window's layout: toolbar, editors on the left, the banner, curve editor and charts in the centre,
 * the inspector on the right, the status bar below. The parts are included views; this one shows the banner,
 * hands the charts' pictures to the export and the recorder, shows the lessons what they point at and switches
 * presentation mode.
 */
public final class MainView implements LessonTargets {

    private static final double EDITORS_WIDTH = 340;
    private static final double INSPECTOR_WIDTH = 292;
    /** In presentation mode the inspector's larger text needs a little more room. */
    private static final double PRESENTATION_INSPECTOR_WIDTH = 360;
    /** The editors' larger text in presentation mode (a lesson step brings them back) needs more room too. */
    private static final double PRESENTATION_EDITORS_WIDTH = 460;

    private static final double CURVES_SHARE = 0.23;
    /** Room kept above and below a ringed chart the results make room for. */
    private static final double ROOM_MARGIN = 8;
    /** The centre's style class while a lesson step needs the curve editor and a chart whole on a short screen. */
    private static final String SQUEEZED = "lesson-squeezed";

    private final MainViewModel vm;
    /** The centre column (banner, lesson, curves and results) and the inspector column, as the layout made them. */
    private Node centre;
    private Node inspector;
    /** Set by the lesson panel while its step rings a control in the editors column. */
    private final BooleanProperty editorsNeeded = new SimpleBooleanProperty(false);

    @FXML
    private SplitPane split;
    @FXML
    private ScrollPane editors;
    @FXML
    private SplitPane centreSplit;
    @FXML
    private Label banner;
    @FXML
    private Node curves;
    @FXML
    private CurvesView curvesController;
    @FXML
    private ChartsView chartsController;

    public MainView(MainViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        // Side panels keep their widths as the window grows; the charts take the rest.
        split.widthProperty().addListener((obs, old, now) -> {
            if (old.doubleValue() == 0 && now.doubleValue() > 0) {
                double w = now.doubleValue();
                split.setDividerPositions(EDITORS_WIDTH / w, 1 - INSPECTOR_WIDTH / w);
            }
        });
        centreSplit.setDividerPositions(CURVES_SHARE);
        centre = split.getItems().get(1);
        inspector = split.getItems().get(2);
        SplitPane.setResizableWithParent(editors, false);
        SplitPane.setResizableWithParent(inspector, false);
        // Every line of the banner shows: the charts below give way, not the message.
        banner.setMinHeight(Region.USE_PREF_SIZE);
        banner.textProperty().bind(vm.bannerProperty());
        banner.visibleProperty().bind(vm.bannerProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        vm.results().setChartSource(() -> {
            List<ChartImage> images = new ArrayList<>(chartsController.snapshots());
            images.add(curvesController.snapshot());
            return images;
        });
        vm.presentationProperty().addListener((obs, was, on) -> presentation(on));
        editorsNeeded.addListener((obs, was, needed) -> showEditors(false));
        vm.curvesShownProperty().addListener((obs, was, shown) -> {
            if (!shown) {
                centreSplit.getItems().remove(curves);
            } else if (!centreSplit.getItems().contains(curves)) {
                centreSplit.getItems().add(0, curves);
                centreSplit.setDividerPositions(CURVES_SHARE);
            }
        });
    }

    /**
     * Presentation mode: full screen, larger text everywhere, the editors and the curve editor out of the way
     * (the editors come back, in the inspector's stead, while a lesson step rings a setting); leaving it puts them
     * back. Escape leaves full screen only, so the larger text stays for the projector.
     */
    private void presentation(boolean on) {
        Presentation.mark(split.getScene().getRoot(), on);
        if (split.getScene().getWindow() instanceof Stage stage) {
            stage.setFullScreen(on);
        }
        vm.curvesShownProperty().set(!on);
        showEditors(true);
    }

    /**
     * Lays out the three columns: editors, centre and inspector outside presentation mode; in it the centre and the
     * inspector, or, while a lesson step rings a setting, the editors (wider, for the larger text) and the centre,
     * the inspector giving way so the charts keep their room on a projector. The dividers move only when the
     * columns change, or {@code relayout} (presentation mode switched).
     */
    private void showEditors(boolean relayout) {
        boolean presenting = vm.presentationProperty().get();
        List<Node> columns = !presenting ? List.of(editors, centre, inspector)
                : editorsNeeded.get() ? List.of(editors, centre) : List.of(centre, inspector);
        if (columns.equals(split.getItems()) && !relayout) {
            return;
        }
        // The centre (the lesson panel in it) never leaves the window: only the side columns come and go.
        for (Node side : List.of(editors, inspector)) {
            if (!columns.contains(side)) {
                split.getItems().remove(side);
            }
        }
        if (columns.contains(editors) && !split.getItems().contains(editors)) {
            split.getItems().add(0, editors);
        }
        if (columns.contains(inspector) && !split.getItems().contains(inspector)) {
            split.getItems().add(inspector);
        }
        double w = split.getWidth();
        if (!presenting) {
            split.setDividerPositions(EDITORS_WIDTH / w, 1 - INSPECTOR_WIDTH / w);
        } else if (editorsNeeded.get()) {
            split.setDividerPositions(PRESENTATION_EDITORS_WIDTH / w);
        } else {
            split.setDividerPositions(1 - PRESENTATION_INSPECTOR_WIDTH / w);
        }
    }

    ChartsView charts() {
        return chartsController;
    }

    /** The chart grid as drawn, for the GIF recorder. */
    Node chartGrid() {
        return chartsController.grid();
    }

    /** The window holds every feature, so it alone finds a control by the id a lesson names. */
    @Override
    public Optional<Node> control(String id) {
        // Put away by presentation mode, the editors are out of the scene: their controls are found in them.
        return Optional.ofNullable(split.getScene()).map(scene -> scene.getRoot().lookup("#" + id))
                .or(() -> Optional.ofNullable(editors.getContent()).map(c -> c.lookup("#" + id)));
    }

    @Override
    public Node editors() {
        return editors.getContent();
    }

    @Override
    public BooleanProperty editorsNeeded() {
        return editorsNeeded;
    }

    @Override
    public Node curves() {
        return curves;
    }

    @Override
    public void makeRoomFor(Node ringed) {
        if (!centreSplit.getItems().contains(curves) || centreSplit.getHeight() <= 0 || split.getScene() == null) {
            return;
        }
        if (!roomFor(ringed) && !centreSplit.getStyleClass().contains(SQUEEZED)) {
            // The split stops at the curve editor's least height: both go down to the smaller one.
            centreSplit.getStyleClass().add(SQUEEZED);
            roomFor(ringed);
        }
    }

    /** Moves the divider down to the curve editor's least height at most; whether the results then hold it. */
    private boolean roomFor(Node ringed) {
        centreSplit.getScene().getRoot().applyCss();
        centreSplit.getScene().getRoot().layout();
        ScrollPane results = chartsController.scroll();
        double needed = ringed.getLayoutBounds().getHeight() + 2 * ROOM_MARGIN;
        double view = results.getViewportBounds().getHeight();
        if (needed > view) {
            double at = centreSplit.getDividerPositions()[0];
            centreSplit.setDividerPositions(Math.max(0, at - (needed - view) / centreSplit.getHeight()));
            centreSplit.getScene().getRoot().layout();
        }
        // measured again: the layout may have given the chart another height with the room
        return ringed.getLayoutBounds().getHeight() + 2 * ROOM_MARGIN <= results.getViewportBounds().getHeight() + 0.5;
    }

    @Override
    public void releaseRoom() {
        centreSplit.getStyleClass().remove(SQUEEZED);
    }

    @Override
    public ScrollPane results() {
        return chartsController.scroll();
    }
}
