package io.carbonrouter.explorer.cli;

import io.carbonrouter.explorer.engine.PluginFailure;
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
        if (StandardOutput.hasFailed()) {
            return BAD_INPUT;
        }
        var plugin = PluginFailure.in(ex);
        if (plugin.isPresent()) {
            cl.getErr().println(name + ": " + oneLine(plugin.get().getMessage()));
            return BAD_INPUT;
        }
        if (ex instanceof ArgumentError) {
            cl.getErr().println(name + ": " + oneLine(ex.getMessage()));
            return BAD_ARGUMENTS;
        }
        if (ex instanceof UserError || ex instanceof InputException || ex instanceof IllegalArgumentException
                || ex instanceof IOException || ex instanceof UncheckedIOException) {
            cl.getErr().println(name + ": " + oneLine(ex.getMessage()));
            return BAD_INPUT;
        }
        cl.getErr().println(name + ": internal error: " + oneLine(String.valueOf(ex)));
        return INTERNAL;
    }

    static int onParameterError(CommandLine.ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        cl.getErr().println(cl.getCommandName() + ": " + oneLine(ex.getMessage())
                + " (see '" + cl.getCommandSpec().qualifiedName() + " --help')");
        return BAD_ARGUMENTS;
    }

    /** The text on one line: line breaks and other control characters (as in a file name) are escaped. */
    static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
