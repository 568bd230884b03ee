package io.carbonrouter.explorer.cli;

import picocli.CommandLine;

/** The version from the jar's manifest, or "development" when run from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String v = PolicyExplorerCli.class.getPackage().getImplementationVersion();
        return new String[] {"Policy Explorer " + (v == null ? "development" : v)};
    }
}
