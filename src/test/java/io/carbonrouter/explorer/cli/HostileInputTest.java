package io.carbonrouter.explorer.cli;

import io.carbonrouter.explorer.io.ScenarioFiles;
import io.carbonrouter.explorer.simulation.Limits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile scenario values through the command line: every limit and every number that could overflow a run is
 * refused where it enters, with the field named, before any work starts; never exit 3, never NaN.
 */
class HostileInputTest {

    private static final String CURVE = "intensity: [100, 200, 300]\n";

    @TempDir
    Path tmp;

    static Stream<Arguments> hostileValues() {
        return Stream.of(
                Arguments.of("steps at int max",
                    "repeat: true\\nsteps: 2147483647",
                    "steps: must be from 1 to 1000000, got 2147483647"),
                Arguments.of("steps 1e8",
                    "repeat: true\\nsteps: 1e8",
                    "steps: must be from 1 to 1000000, got 100000000"),
                Arguments.of("creditWindow at int max",
                    "config: {creditWindow: 2147483647}",
                    "config.creditWindow: must be from 1 to 1000000"),
                Arguments.of("horizon past the limit",
                    "horizonSlots: 100000",
                    "horizonSlots: must be from 1 to 2016, got 100000"),
                Arguments.of("slot of a month",
                    "slotMinutes: 43200",
                    "slotMinutes: must be a finite number of minutes above 0 (0.25 is 15 s) and at most 10080"),
                Arguments.of("carbon factor 1e308",
                    "flavours: [{name: a, precision: 1, carbonIntensity: 1e308}]",
                    "flavours[0].carbonIntensity: must be a number from 0 to 1e12"),
                Arguments.of("demand 1e308",
                    "demand: [1e308, 1, 1]",
                    "demand[0]: must be a number from 0 to 1e12"),
                Arguments.of("intensity 1e300",
                    "steps: 3\\nintensity: [1e300, 1, 1]",
                    "intensity[0]: must be a number from 0 to 1e12"),
                Arguments.of("floor 1e308",
                    "config: {throttleIntensityFloor: 1e308}",
                    "config.throttleIntensityFloor: must be a number from -1e12 to 1e12"),
                Arguments.of("creditMin -1e300",
                    "config: {creditMin: -1e300}",
                    "config.creditMin: must be a number from -1e12 to 1e12"),
                Arguments.of("sensitivity 1e300",
                    "config: {creditSensitivity: 1e300}",
                    "config.creditSensitivity: must be a number from -1e12 to 1e12"),
                Arguments.of("initial balance 1e300",
                    "initialBalance: 1e300",
                    "initialBalance: must be a number from -1e12 to 1e12"),
                Arguments.of("start far in the future",
                    "start: +999999999-01-01T00:00:00Z",
                    "start: must be between 1900-01-01T00:00:00Z and 9999-12-31T23:59:59Z"),
                Arguments.of("timeline past year 9999",
                    "start: 9999-12-31T23:00:00Z",
                    "start: the timeline of 3 steps of 30 minutes from 9999-12-31T23:00:00Z ends after"),
                Arguments.of("floor above ceiling",
                    "config: {throttleIntensityFloor: 400, throttleIntensityCeiling: 300}",
                    "config.throttleIntensityFloor: throttleIntensityFloor (400.0) must be below throttleIntensityC"
                    + "eiling (300.0)"),
                Arguments.of("floor equals ceiling",
                    "config: {throttleIntensityFloor: 300, throttleIntensityCeiling: 300}",
                    "config.throttleIntensityFloor: throttleIntensityFloor (300.0) must be below"),
                Arguments.of("validFor -5",
                    "config: {validFor: -5}",
                    "config.validFor: must be a duration of 0 seconds or more, got -5 (line 1, column 20)"),
                Arguments.of("discoveryInterval -1",
                    "config: {discoveryInterval: -1}",
                    "config.discoveryInterval: must be a duration of 0 seconds or more"),
                Arguments.of("carbonTimeout -1",
                    "config: {carbonTimeout: -1}",
                    "config.carbonTimeout: must be a duration of 0 seconds or more"),
                Arguments.of("carbonCacheTTL -1",
                    "config: {carbonCacheTTL: -1}",
                    "config.carbonCacheTTL: must be a duration of 0 seconds or more"),
                Arguments.of("names differ by case",
                    "flavours: [{name: Fast, precision: 1, carbonIntensity: 1}, {name: fast, precision: 0.5, carbon"
                    + "Intensity: 1}]",
                    "flavours[1].name: 'fast' names the same flavour as 'Fast'"),
                Arguments.of("trailing blank",
                    "flavours: [{name: fast, precision: 1, carbonIntensity: 1}, {name: 'fast ', precision: 0.5, car"
                    + "bonIntensity: 1}]",
                    "flavours[1].name: duplicate flavour name 'fast'"),
                Arguments.of("Unicode forms (NFC/NFD)",
                    "flavours: [{name: \"caf\\u00e9\", precision: 1, carbonIntensity: 1}, {name: \"cafe\\u0301\", p"
                    + "recision: 0.5, carbonIntensity: 1}]",
                    "flavours[1].name: 'cafe"),
                Arguments.of("second document",
                    "name: a\\n---\\nname: b",
                    "document 2 (line 3, column 1) is extra: the file must hold one document, not 2"),
                Arguments.of("nesting too deep",
                    "name: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]"
                    + "]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]",
                    "nested deeper than 64 levels (line 1, column 70)"),
                Arguments.of("complex key",
                    "? [a, b]\\n: 1",
                    "a key must be text, not a list or a mapping (line 1, column")
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileValues")
    void aHostileValueIsRefusedWithItsField(String rule, String yaml, String message) throws IOException {
        Path file = tmp.resolve("s.yaml");
        String body = yaml.replace("\\n", "\n").replace("\\u00e9", "\u00e9").replace("\\u0301", "\u0301");
        Files.writeString(file, body + "\n" + (body.contains("intensity") ? "" : CURVE));

        CliRun r = CliRun.of("simulate", file.toString(), "--out", tmp.resolve("run.json").toString());

        r.failsWithOneLine(1);
        assertThat(r.err()).as(rule).startsWith("simulate: s.yaml: ").contains(message)
                .doesNotContain("snakeyaml").doesNotContain("jackson").doesNotContain("NaN");
        assertThat(tmp.resolve("run.json")).doesNotExist();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            compare |
            sweep   | --param=targetError=0.1:0.2:0.1
            export  | --namespace=shop --name=x
            """)
    void everyCommandRefusesAnOverflowingCarbonFactorByField(String command, String options) throws IOException {
        Path file = tmp.resolve("s.yaml");
        Files.writeString(file, CURVE + "flavours: [{name: a, precision: 1, carbonIntensity: 1e308},"
                + " {name: b, precision: 0.5, carbonIntensity: 1}]\n");

        List<String> args = new ArrayList<>(List.of(command, file.toString()));
        if (options != null) {
            args.addAll(List.of(options.split(" ")));
        }

        CliRun r = CliRun.of(args.toArray(String[]::new));

        assertThat(r.code()).as(r.err()).isNotEqualTo(3).isNotZero();
        assertThat(r.err()).contains("flavours[0].carbonIntensity: must be a number from 0 to 1e12");
    }

    @Test
    void moreFlavoursThanTheLimitAreRefused() throws IOException {
        String flavours = IntStream.range(0, Limits.MAX_FLAVOURS + 1)
                .mapToObj(i -> "  - {name: f" + i + ", precision: 1, carbonIntensity: 1}")
                .collect(Collectors.joining("\n"));
        Path file = tmp.resolve("s.yaml");
        Files.writeString(file, CURVE + "flavours:\n" + flavours + "\n");

        CliRun r = CliRun.of("simulate", file.toString());

        r.failsWithOneLine(1);
        assertThat(r.err()).contains("flavours: has 65 flavours; the limit is 64");
    }

    @Test
    void aCurveLongerThanTheLimitIsRefused() throws IOException {
        String values = IntStream.range(0, Limits.MAX_CURVE_POINTS + 1).mapToObj(i -> "1")
                .collect(Collectors.joining(",", "{\"intensity\": [", "]}"));
        Path file = tmp.resolve("s.json");
        Files.writeString(file, values);

        CliRun r = CliRun.of("simulate", file.toString());

        r.failsWithOneLine(1);
        assertThat(r.err()).contains("intensity: has 1000001 values; the limit is 1000000");
    }

    @Test
    void aTenMebibyteScalarIsRefusedBeforeTheYamlParserSeesIt() throws IOException {
        Path file = tmp.resolve("s.yaml");
        Files.writeString(file, "name: " + "a".repeat(10 * 1024 * 1024) + "\n" + CURVE);

        CliRun r = CliRun.of("simulate", file.toString());

        r.failsWithOneLine(1);
        assertThat(r.err()).contains("a value of more than 1000000 characters without a blank (line 1, column 7)");
    }

    @Test
    void warningsStopAtTheLimitAndCountTheRest() throws IOException {
        String keys = IntStream.range(0, 200).mapToObj(i -> "k" + i + ": 1").collect(Collectors.joining("\n"));
        Path file = tmp.resolve("s.yaml");
        Files.writeString(file, CURVE + keys + "\n");

        CliRun r = CliRun.of("simulate", file.toString(), "--out", tmp.resolve("r.json").toString());

        assertThat(r.code()).isZero();
        assertThat(r.err().lines().filter(l -> l.contains("warning"))).hasSize(Limits.MAX_WARNINGS);
        assertThat(r.err()).contains("simulate: warning: s.yaml: and 181 more warnings");
    }

    @Test
    void anOutputPastTheSizeLimitIsRefusedBeforeTheRunUnlessForced() throws IOException {
        Path file = tmp.resolve("s.yaml");
        Files.writeString(file, CURVE + "repeat: true\nsteps: 900000\n");

        CliRun r = CliRun.of("simulate", file.toString(), "--out", tmp.resolve("r.json").toString());

        r.failsWithOneLine(2);
        assertThat(r.err()).contains("the output of 900000 steps would be about 1012 MiB, over the 512 MiB limit;"
                + " add --force");
        assertThat(OutputSize.estimate(ScenarioFiles.read(file), true))
                .isLessThan(Limits.MAX_OUTPUT_BYTES);
    }

    /** A YAML file rewritten as JSON the way some tools write it: tab indentation and escaped slashes. */
    private Path asTabbedJson(Path yaml, String name) throws IOException {
        var tree = io.carbonrouter.explorer.io.YamlSupport.mapper().readTree(Files.readString(yaml));
        String json = new com.fasterxml.jackson.databind.ObjectMapper().writerWithDefaultPrettyPrinter()
                .writeValueAsString(tree).replace("  ", "\t").replace("/", "\\/");
        assertThat(json).contains("\t\"").contains("\\/");
        return Files.writeString(tmp.resolve(name), json);
    }

    @Test
    void jsonWithTabsAndEscapedSlashesIsReadByEveryCommand() throws IOException {
        Path yaml = Path.of("sample-data/trafficschedules/plain.yaml");
        Path json = asTabbedJson(yaml, "ts.json");
        Path crd = asTabbedJson(Path.of("src/main/resources/crd/trafficschedules.yaml"), "crd.json");

        CliRun checkYaml = CliRun.of("check", yaml.toString());
        CliRun checkJson = CliRun.of("check", json.toString(), "--crd", crd.toString());
        CliRun importJson = CliRun.of("import", json.toString());
        CliRun importYaml = CliRun.of("import", yaml.toString());
        CliRun export = CliRun.of("export", "sample-data/scenarios/winter-day.yaml", "--namespace", "shop", "--crd",
                crd.toString());

        assertThat(checkJson.code()).as(checkJson.err()).isEqualTo(checkYaml.code());
        assertThat(checkJson.out()).isEqualTo(checkYaml.out());
        assertThat(importJson.code()).as(importJson.err()).isZero();
        assertThat(importJson.out()).isEqualTo(importYaml.out());
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(export.err()).doesNotContain("rejects");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            tab after a colon      | 'policy:\\tp100\\nintensity:\\t[100, 200, 300]\\n'
            tab after a dash       | 'policy: p100\\nintensity:\\n-\\t100\\n-\\t200\\n'
            tab after a comma      | 'intensity: [100,\\t200,\\t300]\\n'
            tab in a quoted value  | 'description: "a\\tb"\\nintensity: [100, 200]\\n'
            """)
    void yamlTwelveTabsAsSeparatorsAreRead(String what, String yaml) throws IOException {
        Path file = Files.writeString(tmp.resolve("s.yaml"), yaml.replace("\\t", "\t").replace("\\n", "\n"));

        CliRun r = CliRun.of("simulate", file.toString(), "--format", "csv");

        assertThat(r.code()).as(r.err()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            a comment in JSON        | {"intensity": [1, 2], // two\\n}         | s.json: malformed: a comment, which JSON does not allow (line 1, column
            NaN in JSON              | {"intensity": [NaN, 2]}                  | s.json: malformed: NaN is not a number JSON allows; write a finite number (line 1, column
            -Infinity in JSON        | {"intensity": [-Infinity, 2]}            | s.json: malformed: -Infinity is not a number JSON allows
            a 401-digit number       | {"intensity": [1DIGITS, 2]}              | s.json: malformed: a number of 401 digits; at most 100 are read (line 1, column
            the end inside a list    | {"intensity": [1, 2                      | s.json: malformed: the file ends inside a list [ ] opened at line 1, column 15 (line 1
            the end inside a mapping | {"intensity": [1, 2]                     | s.json: malformed: the file ends inside a mapping { } opened at line 1, column 1 (line 1
            the end inside a text    | {"intensity": [1, 2], "name": "ab        | s.json: malformed: the file ends inside a text in quotes (line 1
            a trailing comma         | {"intensity": [1, 2,]}                   | s.json: malformed: unexpected ']': expected a value (line 1, column 21)
            a bare word              | {"intensity": [1, 2], "name": abc}       | s.json: malformed: 'abc' is not a JSON value (text needs double quotes) (line 1
            YAML list left open      | intensity: [1, 2\\n                      | s.yaml: malformed: the file ends inside a list [ ] opened at line 1, column 12 (line 2, column 1)
            YAML quote left open     | name: "abc\\nintensity: [1]\\n            | s.yaml: malformed: the file ends inside a text in quotes opened at line 1, column 7
            YAML tab indentation     | config:\\n\\tcreditMin: -1\\n            | s.yaml: malformed: a tab used for indentation; indent with spaces (line 2, column 1)
            """)
    void parserComplaintsAreSaidInTheUsersTerms(String what, String text, String expected) throws IOException {
        String name = text.startsWith("{") ? "s.json" : "s.yaml";
        Path file = Files.writeString(tmp.resolve(name), text.replace("DIGITS", "0".repeat(400))
                .replace("\\t", "\t").replace("\\n", "\n"));

        CliRun r = CliRun.of("simulate", file.toString());

        r.failsWithOneLine(1);
        assertThat(r.err()).startsWith("simulate: " + expected).doesNotContain("Feature").doesNotContain("`")
                .doesNotContain("StreamRead").doesNotContain("Source:").doesNotContain("JsonReadFeature");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            empty scenario name          | name: ""                                   | name: the name is empty, got ''
            null scenario name           | name: null                                 | name: the name is missing, got null
            blank scenario name          | name: "   "                                | name: the name has no visible character, got '   '
            zero-width scenario name     | name: "\\u200b\\u200d"                 | name: the name has no visible character, got '\\u200b\\u200d'
            scenario name on two lines   | name: "a\\nb"                            | name: the name holds a line break, got 'a\\nb'
            scenario name with a bell    | name: "a\\u0007"                         | name: the name holds the control character U+0007
            flavour name on two lines    | flavours: [{name: "x\\ny", precision: 1, carbonIntensity: 1}] | flavours[0].name: the name holds a line break, got 'x\\ny'
            empty flavour name           | flavours: [{name: "", precision: 1, carbonIntensity: 1}]       | flavours[0].name: the name is empty
            zero-width flavour name      | flavours: [{name: "\\ufeff", precision: 1, carbonIntensity: 1}] | flavours[0].name: the name has no visible character
            """)
    void aNameMustBeVisibleAndOnOneLine(String what, String yaml, String expected) throws IOException {
        Path file = Files.writeString(tmp.resolve("s.yaml"), yaml + "\n" + CURVE);

        CliRun simulate = CliRun.of("simulate", file.toString());
        CliRun export = CliRun.of("export", file.toString(), "--namespace", "a", "--labels");

        simulate.failsWithOneLine(1);
        assertThat(simulate.err()).contains("s.yaml: " + expected);
        export.failsWithOneLine(1);
    }

    @Test
    void namesAreTrimmed() throws IOException {
        Path file = Files.writeString(tmp.resolve("s.yaml"), "name: \"  \\u200bwinter \"\nflavours: [{name: \" full\","
                + " precision: 1, carbonIntensity: 1}]\n" + CURVE);

        CliRun r = CliRun.of("simulate", file.toString(), "--compact");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(io.carbonrouter.explorer.io.ScenarioFiles.read(file).name()).isEqualTo("winter");
        assertThat(io.carbonrouter.explorer.io.ScenarioFiles.read(file).flavours().get(0).name()).isEqualTo("full");
    }

    @ParameterizedTest(name = "--service {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            a b;rm -rf /
            $(touch pwned)
            Checkout
            shop`id`
            -leading
            a.b
            'quoted'
            ~~
            """)
    void aServiceThatIsNoKubernetesNameIsRefused(String service) {
        CliRun r = CliRun.of("export", "sample-data/scenarios/winter-day.yaml", "--namespace", "shop", "--labels",
                "--service", service == null ? "" : service);

        r.failsWithOneLine(2);
        assertThat(r.err()).startsWith("export: --service: service \"").contains("is not a valid Kubernetes name")
                .contains("at most 63 characters");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void everyPrintedLabelLineIsOneSafeShellCommandAndEachWarningIsPrintedOnce() throws IOException {
        Path file = Files.writeString(tmp.resolve("s.yaml"), "flavours: [{name: \"it's $(id)\", precision: 1,"
                + " carbonIntensity: 1}, {name: half, precision: 0.5, carbonIntensity: 0.5}, {name: half2,"
                + " precision: 0.501, carbonIntensity: 0.25}]\n" + CURVE);

        CliRun r = CliRun.of("export", file.toString(), "--namespace", "shop", "--labels", "--service", "checkout");

        assertThat(r.code()).as(r.err()).isZero();
        List<String> commands = r.out().lines().filter(l -> !l.startsWith("#")).toList();
        assertThat(commands).hasSize(3).allSatisfy(l -> assertThat(l)
                .matches("kubectl label deployment [a-z0-9.-]+ carbonrouter/parent-service=checkout"
                        + " carbonstat.precision=\\d+ carbonstat.emissions=[0-9.e-]+ -n shop --overwrite"));
        List<String> warnings = r.err().lines().toList();
        assertThat(warnings).doesNotHaveDuplicates().isNotEmpty()
                .allSatisfy(w -> assertThat(w).startsWith("export: warning: flavour '"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            energy 1e308         | energy: {precision-100: 1e308}  | energy.precision-100: must be a number of Wh per request from 0 to 1000000, got 1.0E308
            energy 1e300         | energy: {precision-30: 1e300}   | energy.precision-30: must be a number of Wh per request from 0 to 1000000, got 1.0E300
            energy scaled past   | energy: {precision-30: 1e6}     | energy.precision-30: 1000000.0 Wh per request scales to
            a tiny factor scaled | flavours: [{name: a, precision: 1, carbonIntensity: 1e-300}, {name: b, precision: 0.5, carbonIntensity: 1e12}]\\nenergy: {a: 1} | energy.a: 1.0 Wh per request scales to Infinity Wh for flavour 'b'
            """)
    void energyThatWouldOverflowIsRefusedWithItsBound(String what, String yaml, String expected) throws IOException {
        Path file = Files.writeString(tmp.resolve("s.yaml"), yaml.replace("\\n", "\n") + "\n" + CURVE);

        for (String command : List.of("simulate", "compare")) {
            CliRun r = CliRun.of(command, file.toString(), "--format", "csv");

            r.failsWithOneLine(1);
            assertThat(r.err()).contains("s.yaml: " + expected);
            assertThat(r.out()).doesNotContainIgnoringCase("infinity").doesNotContainIgnoringCase("nan");
        }
    }

    @ParameterizedTest(name = "seed {0}, {1} draws")
    @CsvSource({"9223372036854775807, 2", "9223372036854775806, 5", "9223372036854775000, 1000"})
    void drawSeedsThatWouldWrapAreRefused(long seed, int draws) throws IOException {
        Path file = Files.writeString(tmp.resolve("s.yaml"), "forecastError: {sd: 10, seed: " + seed + "}\n" + CURVE);

        CliRun r = CliRun.of("compare", file.toString(), "--draws", Integer.toString(draws));

        r.failsWithOneLine(2);
        assertThat(r.err()).contains("would pass the largest seed 9223372036854775807; use a seed of at most "
                + (Long.MAX_VALUE - (draws - 1)));
    }

    @Test
    void theLargestSeedThatCannotWrapRuns() throws IOException {
        Path file = Files.writeString(tmp.resolve("s.yaml"), "forecastError: {sd: 10, seed: 9223372036854775805}\n"
                + CURVE);

        CliRun r = CliRun.of("compare", file.toString(), "--draws", "3", "--format", "csv");

        assertThat(r.code()).as(r.err()).isZero();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            --intensity | c.csv  | timestamp,intensity\\n2030-01-01T00:00:00Z,100\\n2030-01-01T00:30:00Z,2e12\\n2030-01-01T01:00:00Z,100\\n | c.csv: intensity: must be a number from 0 to 1e12, got 2.0E12 (line 3)
            --forecast  | c.csv  | timestamp,intensity\\n2030-01-01T00:00:00Z,100\\n2030-01-01T00:30:00Z,2e12\\n2030-01-01T01:00:00Z,100\\n | c.csv: intensity: must be a number from 0 to 1e12, got 2.0E12 (line 3)
            --intensity | d.csv  | timestamp,intensity,demand\\n2030-01-01T00:00:00Z,100,1\\n2030-01-01T00:30:00Z,100,1\\n2030-01-01T01:00:00Z,100,5e12\\n | d.csv: demand: must be a number from 0 to 1e12, got 5.0E12 (line 4)
            --intensity | p.json | {"pattern": [100, 2e12, 100], "metadata": {"interval": "30min"}} | p.json: pattern[1]: must be a number from 0 to 1e12, got 2.0E12 (line 1, column 19)
            --intensity | w.json | {"meta": {"region": "X"}, "data": [{"point_time": "2030-01-01T00:00:00Z", "value": 100}, {"point_time": "2030-01-01T00:05:00Z", "value": 3e12}]} | w.json: intensity: must be a number from 0 to 1e12, got 1.360776E12 (line 1, column
            """)
    void aValueRefusedInAnImportedCurveNamesTheFileAndItsRow(String option, String name, String text, String expected)
            throws IOException {
        Path curve = Files.writeString(tmp.resolve(name), text.replace("\\n", "\n"));
        Path scenario = Files.writeString(tmp.resolve("s.yaml"), "intensity: [100, 200, 300]\n");

        CliRun r = CliRun.of("simulate", scenario.toString(), option, curve.toString());

        r.failsWithOneLine(1);
        assertThat(r.err()).startsWith("simulate: " + expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            policy: "forecast-aware-global"   | policy: "a\\nb"
            namespace: shop                   | namespace: "sh\\nop"
            carbonTarget: "national"          | carbonTarget: "x\\r\\ny"
            """)
    void aCheckProblemIsOneLineWhateverTheValueHolds(String from, String to) throws IOException {
        Path file = Files.writeString(tmp.resolve("ts.yaml"),
                Files.readString(Path.of("sample-data/trafficschedules/plain.yaml")).replace(from, to));

        CliRun r = CliRun.of("check", file.toString());

        int count = r.err().contains("no problems") ? 0
                : Integer.parseInt(r.err().replaceAll("(?s).*: (\\d+) problems?.*", "$1"));
        assertThat(r.out().lines()).hasSize(count).allSatisfy(l -> assertThat(l).startsWith("spec.")
                .doesNotContain("\r"));
    }
}
