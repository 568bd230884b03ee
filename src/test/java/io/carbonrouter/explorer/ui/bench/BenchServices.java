package io.carbonrouter.explorer.ui.bench;

import io.carbonrouter.explorer.engine.StrategyRegistry;
import io.carbonrouter.explorer.simulation.Simulator;
import io.carbonrouter.explorer.simulation.compare.Workers;
import io.carbonrouter.explorer.ui.MainWindow;
import io.carbonrouter.explorer.ui.app.AppServices;
import io.carbonrouter.explorer.ui.service.AppSettings;
import io.carbonrouter.explorer.ui.service.BackgroundScheduler;
import io.carbonrouter.explorer.ui.service.FileDialogs;
import io.carbonrouter.explorer.ui.service.FileKind;
import io.carbonrouter.explorer.ui.service.FxDialogService;
import io.carbonrouter.explorer.ui.service.FxTicker;
import io.carbonrouter.explorer.ui.service.SampleCatalog;
import io.carbonrouter.explorer.ui.service.UnsavedChangesPrompt;
import io.carbonrouter.explorer.ui.service.WorkerExecutor;

import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;

/** What the benches give the real window: the app's own worker, FX executor and ticker, and no dialogs. */
final class BenchServices {

    private BenchServices() {
    }

    static AppServices of(Path home, ExecutorService worker, Executor fx) {
        return new AppServices(new Simulator(StrategyRegistry.standard()), worker, fx, new FxTicker(),
                new NoDialogs(), name -> UnsavedChangesPrompt.Answer.DISCARD, s -> { },
                AppSettings.load(home.resolve("settings.properties")), SampleCatalog.load(), System::nanoTime,
                new FxDialogService(() -> null, MainWindow::stylesheet), new BackgroundScheduler(),
                WorkerExecutor.batch(), Workers.allCores());
    }

    /** The result of {@code c} on the FX thread, after pending FX events. */
    static <T> T call(Callable<T> c) {
        WaitForAsyncUtils.waitForFxEvents();
        try {
            return WaitForAsyncUtils.asyncFx(c).get(120, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("FX call failed", e);
        }
    }

    /** Waits until {@code condition}, checked on the FX thread, holds. */
    static void waitUntil(Callable<Boolean> condition, int seconds) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> call(condition));
        } catch (Exception e) {
            throw new AssertionError("not done within " + seconds + " s", e);
        }
    }

    /** The benches open and save nothing. */
    private static final class NoDialogs implements FileDialogs {
        @Override
        public Optional<Path> chooseOpen(FileKind kind, Optional<Path> directory) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseSave(FileKind kind, Optional<Path> directory, String suggestedName) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseFolder(String title, Optional<Path> directory) {
            return Optional.empty();
        }
    }
}
