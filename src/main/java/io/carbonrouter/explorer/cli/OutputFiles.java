package io.carbonrouter.explorer.cli;

import io.carbonrouter.explorer.io.AtomicFiles;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a command's text goes: standard output, or a file written atomically that is never replaced unless the
 * user said {@code --force}. A failed write leaves the old file as it was.
 */
final class OutputFiles {

    private OutputFiles() {
    }

    /** Refuses a target that may not be written; commands call it first, so a refusal comes before any work. */
    static void check(Path out, boolean force) {
        if (out == null) {
            return;
        }
        if (Files.isDirectory(out)) {
            throw new UserError("--out " + out + ": is a folder; give a file name");
        }
        if (Files.exists(out) && !force) {
            throw new UserError("--out " + out + ": the file exists; add --force to replace it");
        }
    }

    static void write(CommandSpec spec, Path out, boolean force, String text) throws IOException {
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(text);
            stdout.flush();
            return;
        }
        check(out, force);
        try {
            AtomicFiles.write(out, text);
        } catch (IOException e) {
            throw new UserError("--out " + out + ": cannot write (the old file, if any, is unchanged): "
                    + e.getMessage(), e);
        }
        spec.commandLine().getErr().println(spec.name() + ": wrote " + out);
    }
}
