package io.carbonrouter.explorer.ui.service;

import javafx.application.Platform;

import java.util.concurrent.Executor;

/**
 * Runs work on the FX thread. The only place in the app that calls {@link Platform#runLater}: everything
 * that crosses back from a worker goes through here, so tests can swap it for a direct executor.
 */
public final class FxExecutor implements Executor {

    @Override
    public void execute(Runnable command) {
        if (Platform.isFxApplicationThread()) {
            command.run();
        } else {
            Platform.runLater(command);
        }
    }
}
