package io.carbonrouter.explorer.ui.results;

import io.carbonrouter.explorer.ui.common.ChartImage;
import io.carbonrouter.explorer.ui.common.Presentation;
import io.carbonrouter.explorer.ui.common.Tooltips;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.List;
import java.util.function.Supplier;

/**
 * Export ▸ Playback as GIF: a small window beside the charts with the frame count and width, Record, a progress
 * bar and Cancel. Each frame moves the cursor and snapshots the chart grid on the FX thread.
 */
public final class RecordingView {

    private final GifRecordingViewModel vm;
    private final Supplier<Node> charts;
    private Stage stage;

    @FXML
    private MenuItem recordGif;

    /** {@code charts} gives the chart grid as drawn, handed over by the window that holds it. */
    public RecordingView(GifRecordingViewModel vm, Supplier<Node> charts) {
        this.vm = vm;
        this.charts = charts;
    }

    @FXML
    private void open() {
        Window owner = recordGif.getParentPopup().getOwnerWindow();
        Node grid = charts.get();
        vm.captureWith(() -> ChartImage.of("frame", grid).image());
        if (stage == null) {
            stage = build(owner);
        }
        stage.show();
        stage.toFront();
    }

    private Stage build(Window owner) {
        ChoiceBox<Integer> frames = choice(GifRecordingViewModel.FRAME_COUNTS, vm.framesProperty().get());
        frames.setId("gif-frames");
        frames.valueProperty().addListener((obs, old, v) -> vm.framesProperty().set(v));
        ChoiceBox<Integer> width = choice(GifRecordingViewModel.WIDTHS, vm.widthProperty().get());
        width.setId("gif-width");
        width.valueProperty().addListener((obs, old, v) -> vm.widthProperty().set(v));
        // Frames are the charts as drawn on screen: a wider grid is scaled down, a narrower one kept sharp.
        Label widthLabel = new Label("Max width (px)");
        width.setTooltip(Tooltips.tooltip("The widest a frame may be: the charts are recorded as drawn on "
                + "screen and scaled down to this width when wider, never up (that would only blur them)"));
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(260);
        Label count = new Label();
        HBox progress = new HBox(8, bar, count);
        progress.setAlignment(Pos.CENTER_LEFT);
        progress.visibleProperty().bind(vm.job().runningProperty());
        bar.progressProperty().bind(vm.job().progressProperty());
        count.textProperty().bind(vm.job().progressTextProperty());
        Button record = new Button("Record…");
        record.setId("gif-record");
        record.getStyleClass().add("accent");
        record.disableProperty().bind(vm.job().runningProperty());
        record.setOnAction(e -> vm.record());
        Button cancel = new Button("Cancel");
        cancel.setId("gif-cancel");
        cancel.disableProperty().bind(vm.job().runningProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        VBox root = new VBox(10,
                new Label("Plays the run from the first step to the last and records the charts with the cursor."),
                new HBox(8, new Label("Frames"), frames, widthLabel, width),
                progress, new HBox(8, record, cancel));
        root.getStyleClass().add("recording");
        root.setStyle("-fx-padding: 14;");
        Stage s = new Stage();
        s.initOwner(owner);
        s.setTitle("Record playback as GIF");
        Scene scene = new Scene(root);
        scene.getStylesheets().add(Presentation.STYLESHEET);
        s.setScene(scene);
        s.setOnHidden(e -> vm.cancel());
        return s;
    }

    private static ChoiceBox<Integer> choice(List<Integer> values, int selected) {
        ChoiceBox<Integer> box = new ChoiceBox<>();
        box.getItems().setAll(values);
        box.setValue(selected);
        return box;
    }
}
