package io.carbonrouter.explorer.cli;

import io.carbonrouter.explorer.simulation.Limits;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** Prints an input's warnings, at most {@link Limits#MAX_WARNINGS} lines whatever the input holds. */
final class Warnings {

    private Warnings() {
    }

    static void print(PrintWriter err, String command, Path file, List<String> warnings) {
        Limits.capWarnings(warnings).forEach(w -> err.println(command + ": warning: " + file.getFileName() + ": "
                + OneLineErrors.oneLine(w)));
    }
}
