package io.carbonrouter.explorer.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * README "Errors": every bad-input rule, through the command line. Each failure is one line on standard error
 * naming the file, the field path and (for parse errors) line and column; the exit code is non-zero; never
 * a stack trace.
 */
class BadInputTest {

    private static final String FLAVOURS = "flavours:\n"
            + "  - {name: precision-100, precision: 1.0, carbonIntensity: 1.0}\n"
            + "  - {name: precision-50, precision: 0.5, carbonIntensity: 0.6}\n";

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not finite           | config: {targetError: .nan}                    | config.targetError: must be a finite number
            precision over 100   | flavours: [{precision: 140, carbonIntensity: 1}] | flavours[0].precision: must be between 0 and 100
            negative precision   | flavours: [{precision: -1, carbonIntensity: 1}]  | flavours[0].precision: must be between 0 and 100
            precision as text    | flavours: [{precision: high, carbonIntensity: 1}] | flavours[0].precision: must be a number, got "high" (line 1, column
            negative carbon      | flavours: [{precision: 1, carbonIntensity: -2}]  | flavours[0].carbonIntensity: must be >= 0
            missing carbon       | flavours: [{precision: 1}]                       | flavours[0].carbonIntensity: is missing
            duplicate names      | flavours: [{name: a, precision: 1, carbonIntensity: 1}, {name: a, precision: 0.5, carbonIntensity: 1}] | flavours[1].name: duplicate flavour name 'a'
            none enabled         | flavours: [{precision: 1, carbonIntensity: 1, enabled: false}] | flavours: no flavours enabled
            credit min above max | config: {creditMin: 1, creditMax: -1}          | config.creditMin: creditMin (1.0) must be below creditMax (-1.0)
            credit min equals max| config: {creditMin: 0.5, creditMax: 0.5}       | config.creditMin: creditMin (0.5) must be below creditMax (0.5)
            target error above 1 | config: {targetError: 1.5}                     | config.targetError: must be between 0 and 1, got 1.5
            credit window zero   | config: {creditWindow: 0}                      | config.creditWindow: must be from 1 to 1000000, got 0
            credit window 1.5    | config: {creditWindow: 1.5}                    | config.creditWindow: must be a whole number, got 1.5
            horizon zero         | horizonSlots: 0                                | horizonSlots: must be from 1 to 2016, got 0
            empty curve          | intensity: []                                  | intensity: must have at least one value
            negative intensity   | intensity: [10, -5, 3]                         | intensity[1]: must be >= 0, got -5
            demand length        | demand: [1, 2]                                 | demand: has 2 values but intensity has 3
            negative demand      | demand: [1, -2, 3]                             | demand[1]: must be >= 0, got -2
            bound not whole      | componentBounds: {router: {min: 1.5, max: 3}}  | componentBounds.router.min: must be a whole number, got 1.5
            bound negative       | componentBounds: {router: {min: -1, max: 3}}   | componentBounds.router.min: must be a whole number >= 0, got -1
            bound min above max  | componentBounds: {consumer: {min: 5, max: 3}}  | componentBounds.consumer.min: min (5) must not exceed max (3)
            steps past the curve | steps: 10                                      | steps: 10 steps exceed the 3 intensity values
            curve not a list     | intensity: 42                                  | intensity: must be a list, got 42
            bad start            | start: yesterday                               | start: must be an ISO-8601 time
            """)
    void aBadFieldIsNamedWithItsPath(String rule, String yaml, String message) throws IOException {
        Path file = tmp.resolve("bad.yaml");
        String base = yaml.startsWith("intensity") ? "" : "intensity: [10, 20, 30]\n";
        Files.writeString(file, yaml + "\n" + base);

        Result r = simulate(file.toString());

        assertThat(r.code).as(rule).isEqualTo(1);
        assertThat(r.err).as(rule).startsWith("simulate: bad.yaml: ").contains(message);
        assertOneLineNoTrace(r);
    }

    @Test
    void aFieldErrorAlsoSaysWhereItIs() throws IOException {
        Path file = tmp.resolve("s.yaml");
        Files.writeString(file, "intensity: [10, 20]\n" + FLAVOURS + "  - {name: p30, precision: 140, carbonIntensity: 0.3}\n");

        Result r = simulate(file.toString());

        assertThat(r.err).contains("flavours[2].precision: must be between 0 and 100 (values above 1 are percent),"
                + " got 140 (line 5, column 28)");
    }

    @Test
    void malformedYamlGivesLineAndColumn() throws IOException {
        Path file = tmp.resolve("broken.yaml");
        Files.writeString(file, "policy: credit-greedy\nintensity: [10, 20\nflavours: x\n");

        Result r = simulate(file.toString());

        assertThat(r.code).isEqualTo(1);
        assertThat(r.err).startsWith("simulate: broken.yaml: malformed").containsPattern("line \\d+, column \\d+");
        assertOneLineNoTrace(r);
    }

    @Test
    void malformedJsonGivesLineAndColumn() throws IOException {
        Path file = tmp.resolve("broken.json");
        Files.writeString(file, "{\n  \"intensity\": [10, 20],\n  \"policy\": }\n");

        Result r = simulate(file.toString());

        assertThat(r.err).startsWith("simulate: broken.json: malformed").contains("line 3, column 13");
        assertOneLineNoTrace(r);
    }

    @Test
    void duplicateKeysAreRefused() throws IOException {
        Path file = tmp.resolve("dup.yaml");
        Files.writeString(file, "intensity: [1]\npolicy: p100\npolicy: random\n");

        assertThat(simulate(file.toString()).err).contains("duplicate key 'policy' (line 3, column");
    }

    @Test
    void yamlAliasesAreRefusedSoAnAliasBombCostsNothing() throws IOException {
        StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(p).append(",*").append(p).append(",*")
                    .append(p).append(",*").append(p).append(",*").append(p).append(",*").append(p).append("]\n");
        }
        Path file = tmp.resolve("bomb.yaml");
        Files.writeString(file, bomb + "intensity: [1]\n");

        Result r = simulate(file.toString());

        assertThat(r.code).isEqualTo(1);
        assertThat(r.err).contains("YAML aliases (*a) are not supported");
        assertOneLineNoTrace(r);
    }

    @Test
    void aMissingFileIsNamed() {
        Result r = simulate(tmp.resolve("nope.yaml").toString());
        assertThat(r.code).isEqualTo(1);
        assertThat(r.err).contains("nope.yaml: no such file");
        assertOneLineNoTrace(r);
    }

    @Test
    void anUnknownPolicyInTheFileNamesTheRegisteredOnes() throws IOException {
        Path file = tmp.resolve("p.yaml");
        Files.writeString(file, "policy: greenest\nintensity: [1]\n");
        Result r = simulate(file.toString());
        assertThat(r.err).startsWith("simulate: p.yaml: policy: unknown policy 'greenest'; registered: credit-greedy,");
    }

    @Test
    void unknownFieldsAreWarningsNotErrors() throws IOException {
        Path file = tmp.resolve("w.yaml");
        Files.writeString(file, "intensity: [1, 2]\ncolour: green\nconfig: {creditMin: -1, speed: 3}\n");
        Path out = tmp.resolve("out.json");

        Result r = simulate(file.toString(), "--out", out.toString());

        assertThat(r.code).isZero();
        assertThat(r.err).contains("warning: w.yaml: unknown field colour ignored (line 2, column 9)")
                .contains("unknown field config.speed ignored");
        assertThat(out).exists();
    }

    @Test
    void badArgumentsExitWithOneLineAndUsageHint() {
        Result r = run("simulate", "x.yaml", "--format", "xml");
        assertThat(r.code).isEqualTo(2);
        assertThat(r.err).contains("--format").contains("xml").contains("see 'policy-explorer simulate --help'");
        assertOneLineNoTrace(r);

        Result unknown = run("simulate", "x.yaml", "--colour");
        assertThat(unknown.code).isEqualTo(2);
        assertThat(unknown.err).contains("Unknown option: '--colour'");

        Result missing = run("simulate");
        assertThat(missing.code).isEqualTo(2);
        assertThat(missing.err).contains("Missing required parameter: 'SCENARIO'");
    }

    @Test
    void aFailedWriteLeavesTheOldFileIntact() throws IOException {
        Path scenario = tmp.resolve("s.yaml");
        Files.writeString(scenario, "intensity: [1, 2]\n");
        Path dir = Files.createDirectories(tmp.resolve("out"));
        Path target = dir.resolve("run.json");
        Files.writeString(target, "old content");
        Path blocker = dir.resolve("run.json.d");
        Files.createDirectories(blocker);

        Result r = simulate(scenario.toString(), "--out", blocker.toString());

        assertThat(r.code).isEqualTo(2);
        assertThat(Files.readString(target)).isEqualTo("old content");
        assertThat(blocker).isDirectory();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("run.json", "run.json.d");
        }
    }

    @Test
    void everyCommandHasHelp() {
        Result r = run("simulate", "--help");
        assertThat(r.code).isZero();
        assertThat(r.out).contains("Usage: policy-explorer simulate", "--policy", "--format", "--stats", "--plugins");
    }

    private static void assertOneLineNoTrace(Result r) {
        assertThat(r.err.strip()).doesNotContain("\n").doesNotContain("Exception").doesNotContain("\tat ");
    }

    private Result simulate(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "simulate";
        System.arraycopy(args, 0, all, 1, args.length);
        if (args.length == 1) {
            all = new String[] {"simulate", args[0], "--out", tmp.resolve("ignored.json").toString()};
        }
        return run(all);
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PolicyExplorerCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    private record Result(int code, String out, String err) {
    }
}
