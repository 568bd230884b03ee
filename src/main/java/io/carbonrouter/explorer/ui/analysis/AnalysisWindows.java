package io.carbonrouter.explorer.ui.analysis;

import io.carbonrouter.explorer.ui.MainView;
import io.carbonrouter.explorer.ui.common.Presentation;
import io.carbonrouter.explorer.ui.MainViewModel;
import io.carbonrouter.explorer.ui.document.DocumentViewModel;
import javafx.fxml.FXMLLoader;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The Compare (Ctrl+M) and Sweep (Ctrl+G) windows beside the main one: each is built once, then shown again
 * as it was left. They are not modal, so a point loaded from a sweep or a strategy chosen in Compare shows in
 * the main window while the results stay open. Escape closes one; closing cancels what it is running.
 */
public final class AnalysisWindows {

    static final KeyCombination COMPARE_KEY = new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination SWEEP_KEY = new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN);

    private final Window owner;
    private final MainViewModel vm;
    private Stage compare;
    private Stage sweep;

    public AnalysisWindows(Window owner, MainViewModel vm) {
        this.owner = owner;
        this.vm = vm;
    }

    /** The shortcuts, on the main window's scene. */
    public void install(Scene scene) {
        scene.getAccelerators().put(COMPARE_KEY, this::showCompare);
        scene.getAccelerators().put(SWEEP_KEY, this::showSweep);
    }

    /** Shows the Compare window, running the comparison when it has none or the scenario changed since. */
    public void showCompare() {
        if (compare == null) {
            compare = stage("Compare strategies", load("CompareView.fxml", new CompareView(vm.compare())), 1320, 860);
            compare.setOnHidden(e -> vm.compare().cancel());
        }
        CompareViewModel c = vm.compare();
        if (!c.job().runningProperty().get() && (c.resultProperty().get() == null || c.staleProperty().get())) {
            c.run();
        }
        bringUp(compare);
    }

    public void showSweep() {
        if (sweep == null) {
            sweep = stage("Sweep parameters", load("SweepView.fxml", new SweepView(vm.sweep())), 1240, 860);
            sweep.setOnHidden(e -> vm.sweep().cancel());
        }
        bringUp(sweep);
    }

    private static void bringUp(Stage s) {
        s.show();
        s.toFront();
    }

    private static Parent load(String fxml, Object controller) {
        FXMLLoader loader = new FXMLLoader(AnalysisWindows.class.getResource(fxml));
        loader.setControllerFactory(type -> controller);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + fxml, e);
        }
    }

    private Stage stage(String title, Parent root, double width, double height) {
        Stage s = new Stage();
        s.initOwner(owner);
        s.setTitle(title + " — " + DocumentViewModel.APP_NAME);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(width, screen.getWidth()), Math.min(height, screen.getHeight()));
        scene.getStylesheets().add(MainView.class.getResource("explorer.css").toExternalForm());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), s::hide);
        // The windows follow the main one into presentation mode, so a projector shows them large too.
        vm.presentationProperty().addListener((obs, was, on) -> Presentation.mark(root, on));
        Presentation.mark(root, vm.presentationProperty().get());
        s.setScene(scene);
        return s;
    }

    /** The Compare window once opened, for tests. */
    public Stage compareStage() {
        return compare;
    }

    public Stage sweepStage() {
        return sweep;
    }
}
