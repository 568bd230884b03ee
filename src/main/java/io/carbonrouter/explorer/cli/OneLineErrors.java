package io.carbonrouter.explorer.cli;

import io.carbonrouter.explorer.io.InputException;
import picocli.CommandLine;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Turns every failure into one line on standard error and a non-zero exit code: 1 for bad input, 2 for bad
 * arguments, 3 for anything unexpected. Never a stack trace.
 */
final class OneLineErrors implements CommandLine.IExecutionExceptionHandler {

    static final int BAD_INPUT = 1;
    static final int BAD_ARGUMENTS = 2;
    static final int INTERNAL = 3;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
        String name = cl.getCommandName();
        if (ex instanceof UserError || ex instanceof InputException) {
            cl.getErr().println(name + ": " + ex.getMessage());
            return BAD_INPUT;
        }
        if (ex instanceof IllegalArgumentException) {
            cl.getErr().println(name + ": " + ex.getMessage());
            return BAD_INPUT;
        }
        if (ex instanceof IOException || ex instanceof UncheckedIOException) {
            cl.getErr().println(name + ": " + ex.getMessage());
            return BAD_INPUT;
        }
        cl.getErr().println(name + ": internal error: " + ex);
        return INTERNAL;
    }

    static int onParameterError(CommandLine.ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        cl.getErr().println(cl.getCommandName() + ": " + ex.getMessage()
                + " (see '" + cl.getCommandSpec().qualifiedName() + " --help')");
        return BAD_ARGUMENTS;
    }
}
