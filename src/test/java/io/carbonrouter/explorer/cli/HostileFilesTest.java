package io.carbonrouter.explorer.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Hostile files through every command that reads one: special files never hang or grow memory, other encodings
 * are named, several documents are refused (or, for import, the one TrafficSchedule is picked), bad plugin jars
 * are named, and every message stays on one line.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileFilesTest {

    private static final String WINTER_DAY = "sample-data/scenarios/winter-day.yaml";
    private static final String SCHEDULE = "apiVersion: scheduling.carbonrouter.io/v1alpha1\nkind: TrafficSchedule\n"
            + "metadata: {name: a, namespace: b}\nspec: {scheduler: {targetError: \"0.2\"}}\n";

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            simulate | /dev/zero | is not a regular file (a device, pipe or socket)
            compare  | /dev/zero | is not a regular file
            import   | /dev/zero | is not a regular file
            simulate | /tmp      | is a folder; give a file
            """)
    void aDeviceOrFolderIsRefusedWithoutReadingIt(String command, String file, String message) {
        assumeThat(Path.of(file)).exists();

        CliRun r = CliRun.of(command, file);

        r.failsWithOneLine(1);
        assertThat(r.err()).contains(file + ": " + message);
    }

    @Test
    void aForecastFileThatIsADeviceIsRefused() {
        assumeThat(Path.of("/dev/zero")).exists();

        CliRun r = CliRun.of("simulate", WINTER_DAY, "--intensity", "/dev/zero");

        r.failsWithOneLine(1);
        assertThat(r.err()).contains("/dev/zero: is not a regular file");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            scenario | simulate
            forecast | simulate-intensity
            schedule | import
            """)
    void aFifoWithNoWriterIsRefusedAtOnce(String what, String command) throws Exception {
        Path fifo = tmp.resolve("pipe.yaml");
        assumeThat(mkfifo(fifo)).isTrue();
        List<String> args = new ArrayList<>(command.equals("simulate-intensity")
                ? List.of("simulate", WINTER_DAY, "--intensity", fifo.toString()) : List.of(command, fifo.toString()));

        CliRun r = CliRun.of(args.toArray(String[]::new));

        r.failsWithOneLine(1);
        assertThat(r.err()).as(what).contains("pipe.yaml: is not a regular file");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedWhileReading() throws IOException {
        Path file = tmp.resolve("big.yaml");
        Files.writeString(file, "intensity: [1]\n" + "# padding\n".repeat(1_800_000));

        CliRun r = CliRun.of("simulate", file.toString());

        r.failsWithOneLine(1);
        assertThat(r.err()).contains("big.yaml: file is larger than 16 MiB, the limit");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            UTF-16 with BOM    | UTF-16   | UTF-16 is not supported: save the file as UTF-8
            UTF-16LE, no BOM   | UTF-16LE | UTF-16 is not supported: save the file as UTF-8
            UTF-16BE, no BOM   | UTF-16BE | UTF-16 is not supported: save the file as UTF-8
            UTF-32             | UTF-32   | UTF-32 is not supported: save the file as UTF-8
            """)
    void anotherEncodingIsNamed(String rule, String charset, String message) throws IOException {
        Path file = tmp.resolve("s.yaml");
        Files.write(file, "intensity: [1, 2]\n".getBytes(Charset.forName(charset)));

        CliRun r = CliRun.of("simulate", file.toString());

        r.failsWithOneLine(1);
        assertThat(r.err()).as(rule).isEqualTo("simulate: " + file + ": " + message + System.lineSeparator());
    }

    @Test
    void invalidUtf8SaysAtWhichByte() throws IOException {
        Path file = tmp.resolve("s.yaml");
        Files.write(file, new byte[] {'n', 'a', 'm', 'e', ':', ' ', 'a', (byte) 0xFF, '\n'});

        CliRun r = CliRun.of("simulate", file.toString());

        r.failsWithOneLine(1);
        assertThat(r.err()).contains("s.yaml: is not valid UTF-8 (byte offset 7): save the file as UTF-8");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            YAML | s.yaml | intensity: [1, 2]
            JSON | s.json | {"intensity": [1, 2]}
            """)
    void aByteOrderMarkIsAcceptedInYamlAndJsonAlike(String format, String name, String text) throws IOException {
        Path file = tmp.resolve(name);
        Files.write(file, ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));

        CliRun r = CliRun.of("simulate", file.toString(), "--out", tmp.resolve("out.json").toString());

        assertThat(r.code()).as(format + ": " + r.err()).isZero();
    }

    @Test
    void aNewlineInAFileNameIsEscapedSoTheErrorStaysOneLine() {
        CliRun r = CliRun.of("simulate", tmp.resolve("a\nb.yaml").toString());

        r.failsWithOneLine(1);
        assertThat(r.err()).contains("a\\nb.yaml: no such file");
    }

    @Test
    void importPicksTheOneTrafficScheduleAndNamesTheOtherDocuments() throws IOException {
        Path file = tmp.resolve("manifest.yaml");
        Files.writeString(file, "apiVersion: v1\nkind: ConfigMap\n---\n" + SCHEDULE + "---\nkind: Service\n");

        CliRun r = CliRun.of("import", file.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("import: warning: manifest.yaml: imported document 2, the TrafficSchedule;"
                + " skipped document 1 (kind ConfigMap, line 1, column 1), document 3 (kind Service, line 9,");
        assertThat(r.out()).contains("targetError: 0.2");
    }

    @Test
    void importRefusesTwoTrafficSchedules() throws IOException {
        Path file = tmp.resolve("two.yaml");
        Files.writeString(file, SCHEDULE + "---\n" + SCHEDULE);

        CliRun r = CliRun.of("import", file.toString());

        r.failsWithOneLine(1);
        assertThat(r.err()).contains("two.yaml: 2 documents, 2 of them a TrafficSchedule (documents 1, 2); give a"
                + " file with exactly one TrafficSchedule");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            floor above ceiling | throttleIntensityFloor: "400", throttleIntensityCeiling: "300" | IntensityFloor
            negative validFor   | validFor: -5             | validFor: must be a duration of 0 seconds or more
            huge creditWindow   | creditWindow: 2147483647 | creditWindow: must be from 1 to 1000000
            """)
    void importRefusesWhatTheScenarioWouldRefuse(String rule, String field, String message) throws IOException {
        Path file = tmp.resolve("ts.yaml");
        Files.writeString(file, SCHEDULE.replace("targetError: \"0.2\"", field));

        CliRun r = CliRun.of("import", file.toString());

        r.failsWithOneLine(1);
        assertThat(r.err()).as(rule).contains(message);
    }

    @Test
    void labelsRefuseTwoFlavoursThatWouldLabelOneDeployment() throws IOException {
        Path file = tmp.resolve("s.yaml");
        Files.writeString(file, "intensity: [1]\nflavours: [{name: p_1, precision: 1, carbonIntensity: 1},"
                + " {name: p-1, precision: 0.5, carbonIntensity: 0.5}]\n");

        CliRun r = CliRun.of("export", file.toString(), "--namespace", "shop", "--labels");

        r.failsWithOneLine(1);
        assertThat(r.err()).contains("'p_1' and 'p-1' would both label Deployment p-1; rename one");
    }

    @Test
    void aPluginJarThatIsNotAZipIsNamed() throws IOException {
        Path plugins = Files.createDirectories(tmp.resolve("plugins"));
        Files.writeString(plugins.resolve("broken.jar"), "not a zip");

        CliRun r = CliRun.of("simulate", WINTER_DAY, "--plugins", plugins.toString());

        r.failsWithOneLine(1);
        assertThat(r.err()).contains("broken.jar cannot be opened as a jar");
    }

    @Test
    void aPluginJarThatIsAFifoIsRefusedWithoutOpeningIt() throws Exception {
        Path plugins = Files.createDirectories(tmp.resolve("plugins"));
        assumeThat(mkfifo(plugins.resolve("pipe.jar"))).isTrue();

        CliRun r = CliRun.of("simulate", WINTER_DAY, "--plugins", plugins.toString());

        r.failsWithOneLine(1);
        assertThat(r.err()).contains("pipe.jar is not a regular file");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            malformed --param   | sweep    | --param=targetError
            unknown sweep policy| sweep    | --param=targetError=0.1:0.2:0.1 --policy=nope
            unknown --policy    | simulate | --policy=nope
            newline namespace   | export   | --name=a --namespace=a\\nb
            bad --name          | export   | --name=A_B --namespace=shop
            """)
    void everyBadArgumentExitsTwoOnOneLine(String rule, String command, String options) {
        List<String> args = new ArrayList<>(List.of(command, WINTER_DAY));
        for (String o : options.split(" ")) {
            args.add(o.replace("\\n", "\n"));
        }

        CliRun r = CliRun.of(args.toArray(String[]::new));

        r.failsWithOneLine(2);
        assertThat(r.err()).as(rule).doesNotContain("Exception");
    }

    private static boolean mkfifo(Path path) throws IOException, InterruptedException {
        try {
            return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
