package io.carbonrouter.explorer.cli;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one --out rule, for every command: never onto an input (by name, symbolic link or hard link), an existing
 * file only with --force, read-only files refused, links followed, exclusive creation under a race, and no
 * temporary file left behind, even one from a killed run.
 */
class HostileWritesTest {

    private static final String SCHEDULE = "sample-data/trafficschedules/kubectl-get.yaml";

    @TempDir
    Path tmp;

    /** The command line for {@code command} reading {@code input}, with its --out appended by the caller. */
    private static List<String> command(String command, Path input) {
        List<String> args = new ArrayList<>(List.of(command, input.toString()));
        switch (command) {
            case "sweep" -> args.addAll(List.of("--param", "targetError=0.1:0.2:0.1", "--policy", "p100"));
            case "export" -> args.addAll(List.of("--name", "a", "--namespace", "b"));
            default -> { }
        }
        return args;
    }

    private Path input(String command) throws IOException {
        Path file = tmp.resolve("input.yaml");
        Files.copy(Path.of(command.equals("import") ? SCHEDULE : "sample-data/scenarios/winter-day.yaml"), file);
        return file;
    }

    private static CliRun run(List<String> args, String... more) {
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of(more));
        return CliRun.of(all.toArray(String[]::new));
    }

    @ParameterizedTest(name = "{0} --out {1}")
    @CsvSource(delimiter = '|', textBlock = """
            simulate | the input itself
            compare  | the input itself
            sweep    | the input itself
            export   | the input itself
            import   | the input itself
            simulate | a symbolic link to the input
            compare  | a hard link to the input
            import   | a hard link to the input
            """)
    void theOutputIsNeverAnInputEvenWithForce(String command, String target) throws IOException {
        Path in = input(command);
        String before = Files.readString(in);
        Path out = switch (target) {
            case "a symbolic link to the input" -> Files.createSymbolicLink(tmp.resolve("link.yaml"), in);
            case "a hard link to the input" -> Files.createLink(tmp.resolve("hard.yaml"), in);
            default -> in;
        };

        CliRun r = run(command(command, in), "--out", out.toString(), "--force");

        r.failsWithOneLine(2);
        assertThat(r.err()).contains("is the input " + in);
        assertThat(Files.readString(in)).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0} {1} F --out {2}")
    @CsvSource(delimiter = '|', textBlock = """
            simulate | --forecast  | the file itself
            simulate | --intensity | the file itself
            compare  | --forecast  | the file itself
            sweep    | --forecast  | the file itself
            export   | --crd       | the file itself
            simulate | --forecast  | a symbolic link to it
            compare  | --forecast  | a path through ..
            sweep    | --forecast  | a hard link to it
            export   | --crd       | a symbolic link to it
            simulate | --plugins   | a jar in the folder
            compare  | --plugins   | a jar in the folder
            sweep    | --plugins   | a jar in the folder
            """)
    void noFileAnOptionReadsIsEverTheOutputEvenWithForce(String command, String option, String target)
            throws IOException {
        Path in = input(command.equals("check") ? "import" : command);
        Path read = Files.writeString(tmp.resolve("read-by-option.txt"), "kept");
        Path folder = Files.createDirectories(tmp.resolve("plugins"));
        Path jar = Files.writeString(folder.resolve("a.jar"), "kept");
        Path value = option.equals("--plugins") ? folder : read;
        Path victim = option.equals("--plugins") ? jar : read;
        Path sub = Files.createDirectories(tmp.resolve("sub"));
        Path out = switch (target) {
            case "a symbolic link to it" -> Files.createSymbolicLink(tmp.resolve("link.txt"), victim);
            case "a hard link to it" -> Files.createLink(tmp.resolve("hard.txt"), victim);
            case "a path through .." -> sub.resolve("..").resolve(victim.getFileName());
            default -> victim;
        };

        CliRun r = run(command(command, in), option, value.toString(), "--out", out.toString(), "--force");

        r.failsWithOneLine(2);
        assertThat(r.err()).contains("--out " + out + ": is the input");
        assertThat(Files.readString(victim)).isEqualTo("kept");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"simulate", "compare", "sweep", "export", "import"})
    void anExistingFileIsReplacedOnlyWithForce(String command) throws IOException {
        Path in = input(command);
        Path out = Files.writeString(tmp.resolve("out.txt"), "kept");

        CliRun refused = run(command(command, in), "--out", out.toString());
        String afterRefusal = Files.readString(out);
        CliRun forced = run(command(command, in), "--out", out.toString(), "--force");

        refused.failsWithOneLine(2);
        assertThat(refused.err()).contains("the file exists; add --force to replace it");
        assertThat(afterRefusal).isEqualTo("kept");
        assertThat(forced.code()).as(forced.err()).isZero();
        assertThat(Files.readString(out)).isNotEqualTo("kept");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"simulate", "compare", "sweep", "export", "import"})
    void aReadOnlyFileIsRefusedEvenWithForce(String command) throws IOException {
        Path in = input(command);
        Path out = Files.writeString(tmp.resolve("out.txt"), "kept");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r--r--r--"));

        CliRun r = run(command(command, in), "--out", out.toString(), "--force");

        r.failsWithOneLine(2);
        assertThat(r.err()).contains("--out " + out + ": is read-only");
        assertThat(Files.readString(out)).isEqualTo("kept");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"simulate", "compare", "sweep", "export", "import"})
    void aSymbolicLinkIsFollowedAndStaysALink(String command) throws IOException {
        Path in = input(command);
        Path real = Files.writeString(tmp.resolve("real.txt"), "old");
        Path link = Files.createSymbolicLink(tmp.resolve("link.txt"), real);

        CliRun r = run(command(command, in), "--out", link.toString(), "--force");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isNotEqualTo("old");
    }

    @Test
    void aLinkToAMissingFileIsRefused() throws IOException {
        Path link = Files.createSymbolicLink(tmp.resolve("link.txt"), tmp.resolve("missing.txt"));

        CliRun r = run(command("compare", input("compare")), "--out", link.toString());

        r.failsWithOneLine(2);
        assertThat(r.err()).contains("is a symbolic link to a missing file");
        assertThat(tmp.resolve("missing.txt")).doesNotExist();
    }

    @RepeatedTest(5)
    void ofConcurrentWritersWithoutForceExactlyOneWins() throws Exception {
        Path in = input("export");
        Path out = tmp.resolve("race.yaml");
        int writers = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<CliRun>> runs = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            String name = "w" + i;
            Callable<CliRun> writer = () -> {
                start.await();
                return CliRun.of("export", in.toString(), "--name", name, "--namespace", "b", "--out", out.toString());
            };
            runs.add(pool.submit(writer));
        }
        start.countDown();
        List<CliRun> done = new ArrayList<>();
        for (Future<CliRun> f : runs) {
            done.add(f.get());
        }
        pool.shutdown();

        assertThat(done.stream().filter(r -> r.code() == 0)).hasSize(1);
        assertThat(done.stream().filter(r -> r.code() == 2)).hasSize(writers - 1)
                .allSatisfy(r -> assertThat(r.err()).contains("the file exists"));
        String winner = done.stream().filter(r -> r.code() == 0).findFirst().orElseThrow().err();
        assertThat(winner).contains("export: wrote");
        assertThat(onlyFiles()).containsExactlyInAnyOrder("input.yaml", "race.yaml");
    }

    @Test
    void aTemporaryFileLeftByAKilledRunIsRemovedByTheNextWrite() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path stale = Files.writeString(tmp.resolve(".out.json." + gone.pid() + ".12345.tmp"), "x".repeat(1 << 20));
        Path other = Files.writeString(tmp.resolve(".other.json." + gone.pid() + ".1.tmp"), "not ours");
        Path running = Files.writeString(tmp.resolve(".out.json." + ProcessHandle.current().pid() + ".9.tmp"), "x");

        CliRun r = run(command("compare", input("compare")), "--out", tmp.resolve("out.json").toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(stale).doesNotExist();
        assertThat(other).exists();
        assertThat(running).exists();
    }

    @Test
    void aFailedWriteSaysWhyAndLeavesNoTemporaryFile() throws IOException {
        Path in = input("compare");
        Path out = tmp.resolve("missing-folder-is-a-file").resolve("out.txt");
        Files.writeString(tmp.resolve("missing-folder-is-a-file"), "a file, not a folder");

        CliRun r = run(command("compare", in), "--out", out.toString());

        r.failsWithOneLine(1);
        assertThat(r.err()).contains("--out " + out + ": cannot write (the old file, if any, is unchanged): "
                + out.getParent() + " is not a folder").doesNotContain(".tmp");
        assertThat(onlyFiles()).containsExactlyInAnyOrder("input.yaml", "missing-folder-is-a-file");
    }

    @ParameterizedTest(name = "{0} onto a full disk")
    @CsvSource({"simulate", "compare", "sweep", "export", "import"})
    void aFullStandardOutputIsAFailureOfOneLine(String command) throws IOException {
        StringWriter err = new StringWriter();
        StandardOutput full = new StandardOutput(failing("No space left on device"));

        int code = PolicyExplorerCli.run(stdoutCommand(command), full, new PrintWriter(err, true));

        assertThat(code).as(err.toString()).isEqualTo(1);
        assertThat(err.toString()).endsWith(command + ": cannot write to standard output: No space left on device"
                + System.lineSeparator());
        assertThat(err.toString().strip().lines().filter(l -> l.contains("standard output"))).hasSize(1);
        assertThat(err.toString()).doesNotContain("Exception");
    }

    @ParameterizedTest(name = "{0} into a closed pipe")
    @CsvSource({"simulate", "compare", "sweep", "export", "import"})
    void aClosedPipeEndsQuietlyWithTheShellsCode(String command) throws IOException {
        StringWriter err = new StringWriter();
        StandardOutput closed = new StandardOutput(failing("Broken pipe"));

        int code = PolicyExplorerCli.run(stdoutCommand(command), closed, new PrintWriter(err, true));

        assertThat(code).isEqualTo(128 + 13);
        assertThat(err.toString()).doesNotContain("standard output").doesNotContain("Broken pipe")
                .doesNotContain("Exception");
    }

    @Test
    void theJarWritingToDevFullExitsOneWithOneLine() throws Exception {
        Path full = Path.of("/dev/full");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(full));
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "io.carbonrouter.explorer.Launcher", "simulate",
                "sample-data/scenarios/winter-day.yaml").redirectOutput(full.toFile()).start();
        String err = new String(p.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(p.waitFor()).as(err).isEqualTo(1);
        assertThat(err.strip()).isEqualTo("simulate: cannot write to standard output: No space left on device");
    }

    private String[] stdoutCommand(String command) throws IOException {
        return command(command, input(command)).toArray(String[]::new);
    }

    private static OutputStream failing(String reason) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException(reason);
            }
        };
    }

    private List<String> onlyFiles() throws IOException {
        try (Stream<Path> files = Files.list(tmp)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
