package io.carbonrouter.explorer.ui;

import io.carbonrouter.explorer.engine.StrategyRegistry;
import io.carbonrouter.explorer.simulation.Simulator;
import io.carbonrouter.explorer.simulation.compare.Workers;
import io.carbonrouter.explorer.ui.app.AppServices;
import io.carbonrouter.explorer.ui.app.Startup;
import io.carbonrouter.explorer.ui.export.ExportDialog;
import io.carbonrouter.explorer.ui.service.AppSettings;
import io.carbonrouter.explorer.ui.service.BackgroundScheduler;
import io.carbonrouter.explorer.ui.service.ErrorReporter;
import io.carbonrouter.explorer.ui.service.FxDialogService;
import io.carbonrouter.explorer.ui.service.FxExecutor;
import io.carbonrouter.explorer.ui.service.FxFileDialogs;
import io.carbonrouter.explorer.ui.service.FxTicker;
import io.carbonrouter.explorer.ui.service.FxUnsavedChangesPrompt;
import io.carbonrouter.explorer.ui.service.SampleCatalog;
import io.carbonrouter.explorer.ui.service.WorkerExecutor;
import javafx.application.Application;
import javafx.stage.Stage;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The JavaFX application. The jar's main class ({@code Launcher}) does not extend {@link Application}, as
 * Java refuses to start JavaFX from the class path that way; it calls {@link #launchApp}.
 */
public final class ExplorerApp extends Application {

    private AppSettings settings;
    private SampleCatalog samples;
    private Startup startup;

    public static void launchApp(String[] args) {
        Application.launch(ExplorerApp.class, args);
    }

    /** Reads settings, samples and the first scenario on the launcher thread, before the window exists. */
    @Override
    public void init() {
        settings = AppSettings.load();
        samples = SampleCatalog.load();
        startup = Startup.load(settings);
    }

    @Override
    public void start(Stage stage) {
        FxExecutor fx = new FxExecutor();
        AtomicReference<MainWindow> window = new AtomicReference<>();
        FxFileDialogs files = new FxFileDialogs(() -> stage);
        AppServices services = new AppServices(new Simulator(StrategyRegistry.standard()), WorkerExecutor.create(),
                fx, new FxTicker(), files, new FxUnsavedChangesPrompt(() -> stage),
                new ExportDialog(() -> stage, files, text -> window.get().viewModel().status().info(text),
                        text -> window.get().viewModel().status().error(text)),
                settings, samples, System::nanoTime, new FxDialogService(() -> stage, MainWindow::stylesheet),
                new BackgroundScheduler(), WorkerExecutor.batch(), Workers.allCores());
        ErrorReporter.install(fx, text -> {
            MainWindow w = window.get();
            if (w != null) {
                w.viewModel().status().error(text);
            }
        });
        window.set(MainWindow.show(stage, services, startup.scenario(), startup.file()));
        if (!startup.note().isEmpty()) {
            window.get().viewModel().status().error(startup.note());
        }
    }
}
