package io.carbonrouter.explorer.cli;

import io.carbonrouter.explorer.io.AtomicFiles;
import io.carbonrouter.explorer.io.IoReasons;
import io.carbonrouter.explorer.io.WriteTargets;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The one {@code --out} rule of every command: standard output without it; with it, a file written atomically
 * that is never an input of the command, never read-only, never replaced unless the user said {@code --force}
 * (created exclusively otherwise, so of two writers racing for a name one wins and the other is told), and a
 * symbolic link is followed to the file it names. A failed write leaves the old file as it was.
 */
final class OutputFiles {

    private OutputFiles() {
    }

    /**
     * Refuses a target that may not be written; commands call it first, so a refusal comes before any work. The
     * inputs are every file the command line names besides {@code --out} (the scenario, {@code --forecast},
     * {@code --intensity}, {@code --crd}, the jars of {@code --plugins}, and any option added later), so that no
     * option can be forgotten; {@code --force} never lets the output replace one.
     */
    static void check(CommandSpec spec, Path out, boolean force) {
        check(out, force, inputs(spec, out));
    }

    /** Every path the parsed command line names except {@code out}, with the files of a named folder. */
    static List<Path> inputs(CommandSpec spec, Path out) {
        List<Path> inputs = new ArrayList<>();
        for (ArgSpec arg : spec.args()) {
            if (arg.getValue() instanceof Path p && p != out) {
                inputs.add(p);
                inputs.addAll(filesIn(p));
            }
        }
        return inputs;
    }

    private static List<Path> filesIn(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }

    private static void check(Path out, boolean force, List<Path> sources) {
        if (out == null) {
            return;
        }
        String problem = WriteTargets.problem(out, sources);
        if (problem != null) {
            throw new ArgumentError("--out " + out + ": " + problem);
        }
        if (Files.exists(out) && !force) {
            throw new ArgumentError("--out " + out + ": the file exists; add --force to replace it");
        }
    }

    static void write(CommandSpec spec, Path out, boolean force, String text) {
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(text);
            stdout.flush();
            return;
        }
        write(spec, out, force, o -> o.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Writes to the file (standard output is the caller's, for streaming). */
    static void write(CommandSpec spec, Path out, boolean force, AtomicFiles.Content content) {
        check(out, force, List.of());
        try {
            if (force) {
                AtomicFiles.write(out, content);
            } else {
                AtomicFiles.create(out, content);
            }
        } catch (FileAlreadyExistsException e) {
            throw new ArgumentError("--out " + out + ": the file exists (another run wrote it first); add --force"
                    + " to replace it");
        } catch (IOException e) {
            throw new UserError("--out " + out + ": cannot write (the old file, if any, is unchanged): "
                    + IoReasons.of(e), e);
        }
        spec.commandLine().getErr().println(spec.name() + ": wrote " + OneLineErrors.oneLine(out.toString()));
    }
}
