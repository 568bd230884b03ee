package io.carbonrouter.explorer.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --out FILE [--force]}: where a command writes its text, checked against the command line's inputs. */
final class OutFileOption {

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Write here (atomically) instead of standard output; never over an input, an existing"
                    + " file only with --force.")
    Path out;

    @Option(names = "--force", description = "Replace the --out file if it exists.")
    boolean force;

    /** Refuses an {@code --out} that names an input, or an existing file without {@code --force}: before any work. */
    void check(CommandSpec spec) {
        OutputFiles.check(spec, out, force);
    }

    /** Writes {@code text} to {@code --out} (atomically) or to standard output. */
    void write(CommandSpec spec, String text) {
        OutputFiles.write(spec, out, force, text);
    }
}
