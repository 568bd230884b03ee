package io.carbonrouter.explorer.ui;

import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.ui.analysis.AnalysisWindows;
import io.carbonrouter.explorer.ui.app.AppServices;
import io.carbonrouter.explorer.ui.common.ActionFactory;
import io.carbonrouter.explorer.ui.common.Presentation;
import io.carbonrouter.explorer.ui.common.Theme;
import io.carbonrouter.explorer.ui.curves.CurvesView;
import io.carbonrouter.explorer.ui.document.DocumentViewModel;
import io.carbonrouter.explorer.ui.document.RecentMenu;
import io.carbonrouter.explorer.ui.flavours.FlavoursView;
import io.carbonrouter.explorer.ui.inspector.ExplainView;
import io.carbonrouter.explorer.ui.inspector.InspectorView;
import io.carbonrouter.explorer.ui.lessons.LessonMenu;
import io.carbonrouter.explorer.ui.lessons.LessonView;
import io.carbonrouter.explorer.ui.results.BaselineView;
import io.carbonrouter.explorer.ui.results.ChartsView;
import io.carbonrouter.explorer.ui.results.MeasuredView;
import io.carbonrouter.explorer.ui.results.RecordingView;
import io.carbonrouter.explorer.ui.service.AppSettings;
import io.carbonrouter.explorer.ui.settings.SettingsView;
import io.carbonrouter.explorer.ui.status.StatusView;
import io.carbonrouter.explorer.ui.toolbar.ToolbarView;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.fxml.FXMLLoader;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Builds the main window: the view models from the services, the views from FXML (each controller gets its
 * view model through the controller factory), the stylesheet, the declared actions' keys and the remembered bounds.
 */
public final class MainWindow {

    private static final double DEFAULT_WIDTH = 1440;
    private static final double DEFAULT_HEIGHT = 900;

    private final Stage stage;
    private final MainViewModel vm;
    private final MainView view;
    private final Scene scene;
    private final AppSettings settings;
    private final AnalysisWindows analysis;
    private final BooleanProperty highContrast = new SimpleBooleanProperty();

    private MainWindow(Stage stage, MainViewModel vm, AppSettings settings) {
        this.stage = stage;
        this.vm = vm;
        this.settings = settings;
        this.analysis = new AnalysisWindows(stage, vm.compare(), vm.sweep(), vm.presentationProperty(),
                highContrast, DocumentViewModel.APP_NAME);
        ActionFactory actions = MainActions.of(vm, analysis, highContrast);
        ToolbarView.Parts toolbar = new ToolbarView.Parts(actions, vm.playback(), vm.model(),
                vm.document().samples(), vm.document()::openSample,
                open -> RecentMenu.install(open, vm.document(), vm.imports(), vm.measured()::open));
        FXMLLoader loader = new FXMLLoader(MainView.class.getResource("MainView.fxml"));
        // The layout holds every feature: what one feature needs of another, it hands over here.
        MainView layout = new MainView(vm);
        Map<Class<?>, Supplier<Object>> views = Map.ofEntries(
                Map.entry(MainView.class, () -> layout),
                Map.entry(ToolbarView.class, () -> new ToolbarView(vm.toolbar(), toolbar)),
                Map.entry(FlavoursView.class, () -> new FlavoursView(vm.flavours())),
                Map.entry(SettingsView.class, () -> new SettingsView(vm.settings())),
                Map.entry(CurvesView.class, () -> new CurvesView(vm.curves(), vm.timeline(),
                        vm.imports()::importForecast)),
                Map.entry(ChartsView.class, () -> new ChartsView(vm.charts(), vm.timeline(),
                        vm.curvesShownProperty())),
                Map.entry(InspectorView.class, () -> new InspectorView(vm.inspector())),
                Map.entry(StatusView.class, () -> new StatusView(vm.status())),
                Map.entry(BaselineView.class, () -> new BaselineView(vm.baseline())),
                Map.entry(MeasuredView.class, () -> new MeasuredView(vm.measured())),
                Map.entry(ExplainView.class, () -> new ExplainView(vm.explain())),
                Map.entry(LessonView.class, () -> new LessonView(vm.lessons(), vm.curvesShownProperty(), layout)),
                Map.entry(LessonMenu.class, () -> new LessonMenu(vm.lessons())),
                Map.entry(RecordingView.class, () -> new RecordingView(vm.recording(), layout::chartGrid)));
        loader.setControllerFactory(type -> {
            Supplier<Object> make = views.get(type);
            if (make == null) {
                throw new IllegalArgumentException("no view model for " + type.getName());
            }
            return make.get();
        });
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the main window's layout", e);
        }
        view = loader.getController();
        scene = new Scene(root);
        scene.getStylesheets().add(stylesheet());
        actions.install(scene);
        highContrast.set(settings.highContrast());
        Theme.follow(scene, highContrast);
        highContrast.addListener((obs, was, on) -> settings.setHighContrast(on));
    }

    /** The app's stylesheet, for the window and its dialogs. */
    public static String stylesheet() {
        return Presentation.STYLESHEET;
    }

    /** Builds the window on {@code stage}, shows it, then offers back edits a crash left behind. */
    public static MainWindow show(Stage stage, AppServices services, Scenario initial, Optional<Path> file) {
        MainWindow w = new MainWindow(stage, new MainViewModel(services, initial, file), services.settings());
        w.place();
        stage.setScene(w.scene);
        stage.titleProperty().bind(w.vm.document().titleProperty());
        stage.setOnCloseRequest(e -> {
            if (!w.close()) {
                e.consume();
            }
        });
        stage.show();
        w.view.charts().focus();
        w.vm.autosave().offerRecovery(services.dialogs(), w.vm.document());
        return w;
    }

    private void place() {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setMinWidth(Math.min(1000, screen.getWidth()));
        stage.setMinHeight(Math.min(640, screen.getHeight()));
        Optional<AppSettings.WindowBounds> saved = settings.window()
                .filter(b -> screen.intersects(b.x(), b.y(), b.width(), b.height()));
        if (saved.isPresent()) {
            AppSettings.WindowBounds b = saved.get();
            stage.setX(b.x());
            stage.setY(b.y());
            stage.setWidth(Math.min(b.width(), screen.getWidth()));
            stage.setHeight(Math.min(b.height(), screen.getHeight()));
            stage.setMaximized(b.maximized());
        } else {
            stage.setWidth(Math.min(DEFAULT_WIDTH, screen.getWidth()));
            stage.setHeight(Math.min(DEFAULT_HEIGHT, screen.getHeight()));
            stage.centerOnScreen();
        }
    }

    /**
     * Asks about unsaved edits, then deletes the autosave (the edits are saved or dropped on purpose) and
     * remembers the window's bounds; returns whether the window may close.
     */
    public boolean close() {
        if (!vm.document().confirmDiscard()) {
            return false;
        }
        vm.autosave().discard();
        vm.playback().pause();
        settings.setWindow(new AppSettings.WindowBounds(stage.getX(), stage.getY(), stage.getWidth(),
                stage.getHeight(), stage.isMaximized()));
        try {
            settings.save();
        } catch (IOException e) {
            System.getLogger(MainWindow.class.getName()).log(System.Logger.Level.WARNING,
                    "could not save settings to " + settings.file() + ": " + e.getMessage());
        }
        return true;
    }

    public MainViewModel viewModel() {
        return vm;
    }

    public Scene scene() {
        return scene;
    }

    public Stage stage() {
        return stage;
    }

    /** The Compare and Sweep windows. */
    public AnalysisWindows analysis() {
        return analysis;
    }
}
