package io.carbonrouter.explorer.cli;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared {@code --format} and {@code --out/--force} mixins, as each command words them. */
class OutputOptionsTest {

    @Test
    void givenOneTwoOrThreeFormatsThenTheHelpListsThemInOrderWithOr() {
        assertThat(FormatOption.oneOf(List.of("json"))).isEqualTo("json");
        assertThat(FormatOption.oneOf(List.of("csv", "json"))).isEqualTo("csv or json");
        assertThat(FormatOption.oneOf(List.of("table", "json", "csv"))).isEqualTo("table, json or csv");
    }

    @Test
    void givenEachCommandsHelpThenItsFormatsAndTheirDefaultAreTheFirstOfItsEnum() {
        assertThat(help("simulate")).contains("-f, --format=FORMAT    json or csv (default: json).");
        assertThat(help("sweep")).contains("csv or json (default: csv).");
        for (String command : List.of("compare", "reconcile", "replay")) {
            assertThat(help(command)).as(command).contains("-f, --format=FORMAT", "table, json or csv (default:"
                    + " table).");
        }
    }

    @Test
    void givenAFormatTheCommandDoesNotWriteThenPicocliNamesTheCommandsOwnFormats() {
        CliRun r = CliRun.of("sweep", "x.yaml", "--param", "targetError=0.1:0.2:0.1", "--format", "table")
                .failsWithOneLine(2);

        assertThat(r.err()).isEqualTo("sweep: Invalid value for option '--format': expected one of [csv, json]"
                + " (case-sensitive) but was 'table' (see 'policy-explorer sweep --help')" + System.lineSeparator());
    }

    @Test
    void givenTheCommandsThatWriteThenEachHasOutAndForceWordedForWhatItWrites() {
        for (String command : List.of("simulate", "export", "compare", "sweep", "reconcile", "replay")) {
            assertThat(help(command)).as(command).contains("-o, --out=FILE", "Write here (atomically) instead of",
                    "      --force");
        }
        assertThat(help("import")).contains("-o, --out=SCENARIO", "Write the scenario here (JSON for .json, else",
                "Replace the --out file if it exists.");
        assertThat(help("simulate")).contains("Replace the --out file if it exists, and write output");
        assertThat(help("check")).doesNotContain("--out", "--format");
    }

    private static String help(String command) {
        CliRun r = CliRun.of(command, "--help");
        assertThat(r.code()).isZero();
        return r.out();
    }
}
