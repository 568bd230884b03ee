package io.carbonrouter.explorer.cli;

import io.carbonrouter.explorer.io.AtomicFiles;
import picocli.CommandLine.Model.CommandSpec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Where a command's result goes: the file of {@code --out} (atomically), else the command's standard output. */
final class Output {

    private Output() {
    }

    static void write(CommandSpec spec, Path file, AtomicFiles.Content content) throws IOException {
        if (file != null) {
            AtomicFiles.write(file, content);
            return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        content.writeTo(bytes);
        PrintWriter out = spec.commandLine().getOut();
        out.print(bytes.toString(StandardCharsets.UTF_8));
        out.flush();
    }
}
