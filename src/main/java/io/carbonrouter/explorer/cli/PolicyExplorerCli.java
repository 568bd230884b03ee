package io.carbonrouter.explorer.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** The headless command line: {@code policy-explorer COMMAND ...}. */
@Command(name = "policy-explorer",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Explore the carbon-aware traffic scheduling strategies of k8s-carbonrouter.%n"
                + "Without a command, the jar opens the desktop explorer.",
        subcommands = {
            SimulateCommand.class,
            ExportCommand.class,
            ImportCommand.class,
            CheckCommand.class,
            CompareCommand.class,
            SweepCommand.class,
            CommandLine.HelpCommand.class
        })
public final class PolicyExplorerCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line with the given arguments and returns the exit code. */
    public static int run(String[] args) {
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new PolicyExplorerCli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(new OneLineErrors());
        cl.setParameterExceptionHandler(OneLineErrors::onParameterError);
        return cl.execute(args);
    }
}
