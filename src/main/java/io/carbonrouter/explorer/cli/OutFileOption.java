package io.carbonrouter.explorer.cli;

import io.carbonrouter.explorer.io.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Spec;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code -o/--out FILE [--force]}: where a command writes its text, checked against the command line's inputs.
 * The two options are declared on the command as picocli mixes this in, so that a command can word them for what
 * it writes (import writes a scenario; simulate's --force also lifts the size limit).
 */
@Command
final class OutFileOption {

    /** The {@code --out} help of a command that writes its text as it is. */
    static final String WRITE_HERE = "Write here (atomically) instead of standard output; never over an input, an"
            + " existing file only with --force.";

    /** The {@code --force} help of a command whose only guard it lifts is the existing file. */
    static final String REPLACE = "Replace the --out file if it exists.";

    private final String label;
    private final String outHelp;
    private final String forceHelp;
    private OptionSpec out;
    private OptionSpec force;

    /** {@code --out FILE} with the common help texts; picocli makes one for a {@code @Mixin} field left null. */
    OutFileOption() {
        this("FILE", WRITE_HERE, REPLACE);
    }

    OutFileOption(String label, String outHelp, String forceHelp) {
        this.label = label;
        this.outHelp = outHelp;
        this.forceHelp = forceHelp;
    }

    @Spec(Spec.Target.MIXEE)
    void declareOn(CommandSpec command) {
        out = OptionSpec.builder("-o", "--out").paramLabel(label).type(Path.class).description(outHelp).build();
        force = OptionSpec.builder("--force").type(boolean.class).initialValue(false).description(forceHelp).build();
        command.addOption(out).addOption(force);
    }

    /** The {@code --out} file, or empty for standard output. */
    Optional<Path> file() {
        return Optional.ofNullable(out.getValue());
    }

    /** Whether the user said {@code --force}. */
    boolean force() {
        return force.<Boolean>getValue();
    }

    /** Refuses an {@code --out} that names an input, or an existing file without {@code --force}: before any work. */
    void check(CommandSpec spec) {
        OutputFiles.check(spec, out.getValue(), force());
    }

    /** Writes {@code text} to {@code --out} (atomically) or to standard output. */
    void write(CommandSpec spec, String text) {
        OutputFiles.write(spec, out.getValue(), force(), text);
    }

    /** Writes what {@code content} produces to {@code --out} (atomically) or, as it comes, to standard output. */
    void stream(CommandSpec spec, AtomicFiles.Content content) throws IOException {
        Path file = out.getValue();
        if (file == null) {
            OutputStream stdout = new BufferedOutputStream(StandardOutput.stream(), 1 << 16);
            content.writeTo(stdout);
            stdout.flush();
        } else {
            OutputFiles.write(spec, file, force(), content);
        }
    }
}
