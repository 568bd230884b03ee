package io.carbonrouter.explorer.ui.app;

import io.carbonrouter.explorer.io.InputException;
import io.carbonrouter.explorer.io.ScenarioFiles;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.ui.service.AppSettings;
import io.carbonrouter.explorer.ui.service.SampleCatalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the window opens on: the scenario the user had open last, or else the built-in sample. Read before
 * the window exists, off the FX thread.
 *
 * @param note why the last scenario did not open, empty when it did or there was none
 */
public record Startup(Scenario scenario, Optional<Path> file, String note) {

    public static Startup load(AppSettings settings) {
        Optional<Path> last = settings.lastScenario();
        String note = "";
        if (last.isPresent() && Files.isRegularFile(last.get())) {
            try {
                return new Startup(ScenarioFiles.read(last.get()), last, "");
            } catch (InputException e) {
                note = "Could not reopen the last scenario: " + e.getMessage();
            }
        }
        return new Startup(ScenarioFiles.readResource(SampleCatalog.BUILT_IN), Optional.empty(), note);
    }
}
