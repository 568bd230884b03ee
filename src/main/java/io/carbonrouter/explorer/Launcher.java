package io.carbonrouter.explorer;

import io.carbonrouter.explorer.cli.PolicyExplorerCli;
import io.carbonrouter.explorer.cli.VersionProvider;

/**
 * The jar's entry point. With no arguments it opens the GUI; with arguments it runs the command line. It is
 * a plain class on purpose: Java refuses to start JavaFX from the class path when the main class extends
 * {@code Application}. {@code --version} alone is answered before the command line is built, so it
 * starts as fast as the JVM does.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            io.carbonrouter.explorer.ui.ExplorerApp.launchApp(args);
            return;
        }
        if (VersionProvider.asked(args)) {
            System.out.println(VersionProvider.line());
            return;
        }
        System.exit(PolicyExplorerCli.run(args));
    }
}
