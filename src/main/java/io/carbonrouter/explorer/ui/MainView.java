package io.carbonrouter.explorer.ui;

import io.carbonrouter.explorer.ui.common.ChartImage;
import io.carbonrouter.explorer.ui.common.Presentation;
import io.carbonrouter.explorer.ui.curves.CurvesView;
import io.carbonrouter.explorer.ui.results.ChartsView;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;

import java.util.ArrayList;
import java.util.List;

/**
 * The main window's layout: toolbar, editors on the left, the banner, curve editor and charts in the centre,
 * the inspector on the right, the status bar below. The parts are included views; this one shows the banner,
 * hands the charts' pictures to the export and switches presentation mode.
 */
public final class MainView {

    private static final double EDITORS_WIDTH = 340;
    private static final double INSPECTOR_WIDTH = 292;
    /** In presentation mode the inspector's larger text needs a little more room. */
    private static final double PRESENTATION_INSPECTOR_WIDTH = 360;

    private final MainViewModel vm;

    @FXML
    private SplitPane split;
    @FXML
    private ScrollPane editors;
    @FXML
    private SplitPane centreSplit;
    @FXML
    private Label banner;
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
        centreSplit.setDividerPositions(0.23);
        SplitPane.setResizableWithParent(split.getItems().get(0), false);
        SplitPane.setResizableWithParent(split.getItems().get(2), false);
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
    }

    /** Presentation mode: larger text everywhere, the editors out of the way; leaving it puts them back. */
    private void presentation(boolean on) {
        Presentation.mark(split.getScene().getRoot(), on);
        double w = split.getWidth();
        if (on) {
            split.getItems().remove(editors);
            split.setDividerPositions(1 - PRESENTATION_INSPECTOR_WIDTH / w);
        } else if (!split.getItems().contains(editors)) {
            split.getItems().add(0, editors);
            split.setDividerPositions(EDITORS_WIDTH / w, 1 - INSPECTOR_WIDTH / w);
        }
    }

    ChartsView charts() {
        return chartsController;
    }
}
