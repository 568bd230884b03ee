package io.carbonrouter.explorer.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/** The short cuts that keep a command's start short answer as the full command line would. */
class StartupPathTest {

    @Test
    void givenVersionAloneWhenAnsweredBeforeTheCommandLineThenItPrintsWhatPicocliPrints() {
        CliRun full = CliRun.of("--version");

        assertThat(VersionProvider.asked(new String[] {"--version"})).isTrue();
        assertThat(VersionProvider.asked(new String[] {"-V"})).isTrue();
        assertThat(VersionProvider.asked(new String[] {"--version", "simulate"})).isFalse();
        assertThat(full.code()).isZero();
        assertThat(full.out()).isEqualTo(VersionProvider.line() + System.lineSeparator());
    }

    @Test
    void givenEachListedCommandWhenBuiltAloneThenItCarriesTheNameItIsListedUnder() {
        for (String name : PolicyExplorerCli.COMMANDS) {
            CommandLine command = new CommandLine(PolicyExplorerCli.command(name));

            assertThat(command.getCommandName()).isEqualTo(name);
        }
    }

    @Test
    void givenASubcommandWhenRunThenHelpStillListsEveryCommand() {
        CliRun help = CliRun.of("--help");

        assertThat(help.out()).contains("simulate", "export", "import", "compare", "sweep", "help");
        assertThat(CliRun.of("simulate", "--help").out()).startsWith("Usage: policy-explorer simulate");
    }
}
