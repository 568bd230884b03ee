package io.carbonrouter.explorer.cli;

import picocli.CommandLine;

/**
 * The version from the jar's manifest, or "development" when run from classes. {@link #line} and
 * {@link #asked} load nothing of picocli, so the launcher can answer {@code --version} without building
 * the command line.
 */
public final class VersionProvider implements CommandLine.IVersionProvider {

    /** The one line {@code --version} prints. */
    public static String line() {
        String v = VersionProvider.class.getPackage().getImplementationVersion();
        return "Policy Explorer " + (v == null ? "development" : v);
    }

    /** Whether the arguments ask for the version alone ({@code --version} or {@code -V}). */
    public static boolean asked(String[] args) {
        return args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
    }

    @Override
    public String[] getVersion() {
        return new String[] {line()};
    }
}
