package io.carbonrouter.explorer.cli;

import io.carbonrouter.explorer.io.ScenarioRead;
import io.carbonrouter.explorer.io.forecast.ImportedForecast;
import io.carbonrouter.explorer.simulation.Limits;
import io.carbonrouter.explorer.simulation.Scenario;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Prints an input's warnings, at most {@link Limits#MAX_WARNINGS} lines whatever the input holds. */
final class Warnings {

    private Warnings() {
    }

    static void print(PrintWriter err, String command, Path file, List<String> warnings) {
        Limits.capWarnings(warnings).forEach(w -> err.println(command + ": warning: " + file.getFileName() + ": "
                + OneLineErrors.oneLine(w)));
    }

    /** The scenario a forecast file was applied to, after printing the file's and the applying's warnings. */
    static Scenario applied(PrintWriter err, String command, Path file, ImportedForecast forecast,
            ScenarioRead applied) {
        List<String> all = new ArrayList<>(forecast.warnings());
        all.addAll(applied.warnings());
        print(err, command, file, all);
        return applied.scenario();
    }
}
