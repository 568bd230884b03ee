package io.carbonrouter.explorer.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The headless command line: {@code policy-explorer COMMAND ...}. */
@Command(name = "policy-explorer",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Explore the carbon-aware traffic scheduling strategies of k8s-carbonrouter.%n"
                + "Without a command, the jar opens the desktop explorer.")
public final class PolicyExplorerCli implements Runnable {

    /** The subcommands in the order help lists them. */
    static final List<String> COMMANDS = List.of("simulate", "export", "import", "check", "compare", "sweep",
            "reconcile", "replay", "help");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line with the given arguments and returns the exit code. */
    /** Runs on the process's standard streams; a write to standard output that fails decides the exit code. */
    public static int run(String[] args) {
        StandardOutput stdout = new StandardOutput(new FileOutputStream(FileDescriptor.out));
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
        return run(args, stdout, new PrintWriter(System.err, true));
    }

    static int run(String[] args, StandardOutput stdout, PrintWriter err) {
        StandardOutput.install(stdout);
        try {
            int code = run(args, new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true), err);
            String command = args.length > 0 && COMMANDS.contains(args[0]) ? args[0] : "policy-explorer";
            return stdout.exitCode(code, command, err);
        } finally {
            StandardOutput.install(null);
        }
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        // A sweep's warm-up starts first, on the spare core, while picocli builds and parses the command line.
        SweepCommand sweep = null;
        if (args.length > 0 && args[0].equals("sweep")) {
            sweep = new SweepCommand();
            sweep.warmUpEarly(args);
        }
        try {
            CommandLine cl = new CommandLine(new PolicyExplorerCli());
            boolean one = args.length > 0 && COMMANDS.contains(args[0]) && !args[0].equals("help");
            for (String name : one ? List.of(args[0]) : COMMANDS) {
                cl.addSubcommand(name, sweep != null ? sweep : command(name));
            }
            cl.setOut(out);
            cl.setErr(err);
            cl.setExecutionExceptionHandler(new OneLineErrors());
            cl.setParameterExceptionHandler(OneLineErrors::onParameterError);
            return cl.execute(args);
        } finally {
            if (sweep != null) {
                sweep.stopWarmUp();
            }
        }
    }

    /** A fresh subcommand; building only the one asked for keeps a command's start short. */
    static Object command(String name) {
        return switch (name) {
            case "simulate" -> new SimulateCommand();
            case "export" -> new ExportCommand();
            case "import" -> new ImportCommand();
            case "check" -> new CheckCommand();
            case "compare" -> new CompareCommand();
            case "sweep" -> new SweepCommand();
            case "reconcile" -> new ReconcileCommand();
            case "replay" -> new ReplayCommand();
            case "help" -> new CommandLine.HelpCommand();
            default -> throw new IllegalArgumentException("no command " + name);
        };
    }
}
