package io.carbonrouter.explorer.ui.analysis;

import io.carbonrouter.explorer.ui.common.ActionFactory;
import io.carbonrouter.explorer.ui.common.Presentation;
import io.carbonrouter.explorer.ui.common.StandardAction;
import io.carbonrouter.explorer.ui.common.Theme;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXMLLoader;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The Compare and Sweep windows beside the main one: each is built once, then shown again
 * as it was left. They are not modal, so a point loaded from a sweep or a strategy chosen in Compare shows in
 * the main window while the results stay open. {@link StandardAction#CLOSE_WINDOW} closes one; closing
 * cancels what it is running.
 */
public final class AnalysisWindows {

    private final Window owner;
    private final CompareViewModel compareModel;
    private final SweepViewModel sweepModel;
    private final BooleanProperty presentation;
    private final ObservableValue<Boolean> highContrast;
    private final String appName;
    private Stage compare;
    private Stage sweep;

    /**
     * The windows follow {@code presentation}, the main window's mode, and its theme ({@code highContrast}), also
     * when either changes while they are open; their titles end in {@code appName}.
     */
    public AnalysisWindows(Window owner, CompareViewModel compare, SweepViewModel sweep, BooleanProperty presentation,
                           ObservableValue<Boolean> highContrast, String appName) {
        this.owner = owner;
        this.compareModel = compare;
        this.sweepModel = sweep;
        this.presentation = presentation;
        this.highContrast = highContrast;
        this.appName = appName;
    }

    /** Shows the Compare window, running the comparison when it has none or the scenario changed since. */
    public void showCompare() {
        if (compare == null) {
            compare = stage("Compare strategies", load("CompareView.fxml", new CompareView(compareModel)), 1320, 860);
            compare.setOnHidden(e -> compareModel.cancel());
        }
        CompareViewModel c = compareModel;
        if (!c.job().runningProperty().get() && (c.resultProperty().get() == null || c.staleProperty().get())) {
            c.run();
        }
        bringUp(compare);
    }

    public void showSweep() {
        if (sweep == null) {
            sweep = stage("Sweep parameters", load("SweepView.fxml", new SweepView(sweepModel)), 1240, 860);
            sweep.setOnHidden(e -> sweepModel.cancel());
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
        s.setTitle(title + " — " + appName);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(width, screen.getWidth()), Math.min(height, screen.getHeight()));
        scene.getStylesheets().add(Presentation.STYLESHEET);
        Theme.follow(scene, highContrast);
        new ActionFactory().on(StandardAction.CLOSE_WINDOW, s::hide).install(scene);
        // The windows follow the main one into presentation mode, so a projector shows them large too.
        presentation.addListener((obs, was, on) -> Presentation.mark(root, on));
        Presentation.mark(root, presentation.get());
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
