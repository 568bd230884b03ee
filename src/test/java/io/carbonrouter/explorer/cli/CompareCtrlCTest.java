package io.carbonrouter.explorer.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Ctrl+C during compare --draws, in a process of its own as a user runs it. */
class CompareCtrlCTest {

    @TempDir
    Path tmp;

    @Test
    void ctrlCStopsTheDrawsAndLeavesNoFileNorTemporaryFile() throws IOException, InterruptedException {
        Path out = tmp.resolve("draws.json");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "io.carbonrouter.explorer.Launcher", "compare",
                "sample-data/scenarios/uk-forecast-error.yaml", "--draws", "10000", "--format", "json", "--out",
                out.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        StringBuilder err = new StringBuilder();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(p.getErrorStream(),
                StandardCharsets.UTF_8))) {
            String first = lines.readLine();
            err.append(first).append('\n');
            assertThat(first).startsWith("compare: ").endsWith("Ctrl+C stops");

            new ProcessBuilder("kill", "-INT", String.valueOf(p.pid())).start().waitFor();

            assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("ended within a minute").isTrue();
            lines.lines().forEach(l -> err.append(l).append('\n'));
        } finally {
            p.destroyForcibly();
        }
        assertThat(p.exitValue()).as(err.toString()).isEqualTo(130);
        assertThat(err.toString()).contains("compare: cancelled (").endsWith("; nothing written\n");
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left).as("no output, no temporary file").isEmpty();
        }
    }
}
