package io.carbonrouter.explorer.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the command line in-process, capturing what it prints. */
record CliRun(int code, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PolicyExplorerCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(code, out.toString(), err.toString());
    }

    /** A failure: one line on standard error, no stack trace, the given exit code. */
    CliRun failsWithOneLine(int expectedCode) {
        assertThat(code).as(err).isEqualTo(expectedCode);
        assertThat(err.strip()).doesNotContain("\n").doesNotContain("\tat ").doesNotContain("Exception");
        return this;
    }
}
