package io.carbonrouter.explorer.ui;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;

/**
 * The main window's layout: toolbar, editors on the left, the banner, curve editor and charts in the centre,
 * the inspector on the right, the status bar below. The parts are included views; this one connects the
 * curve editor's zoom to the charts' and shows the banner.
 */
public final class MainView {

    private final MainViewModel vm;

    @FXML
    private BorderPane root;
    @FXML
    private SplitPane split;
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
        split.setDividerPositions(0.25, 0.79);
        centreSplit.setDividerPositions(0.3);
        SplitPane.setResizableWithParent(split.getItems().get(0), false);
        SplitPane.setResizableWithParent(split.getItems().get(2), false);
        banner.textProperty().bind(vm.bannerProperty());
        banner.visibleProperty().bind(vm.bannerProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        chartsController.shareZoomWith(curvesController.editor());
    }

    public BorderPane root() {
        return root;
    }

    ChartsView charts() {
        return chartsController;
    }

    CurvesView curves() {
        return curvesController;
    }
}
