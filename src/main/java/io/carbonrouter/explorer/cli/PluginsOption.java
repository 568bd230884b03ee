package io.carbonrouter.explorer.cli;

import io.carbonrouter.explorer.engine.StrategyRegistry;
import io.carbonrouter.explorer.io.IoReasons;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.ServiceConfigurationError;
import java.util.stream.Stream;

/** {@code --plugins DIR}: strategies from the jars in a folder, beside the built-ins and the class path. */
public final class PluginsOption {

    @Option(names = "--plugins", paramLabel = "DIR",
            description = "Folder of jars with extra strategies (java.util.ServiceLoader providers of"
                    + " io.carbonrouter.explorer.engine.StrategyProvider).")
    Path plugins;

    /** The registry: built-ins, class-path providers and the plugin folder's. */
    public StrategyRegistry registry() {
        if (plugins == null) {
            return StrategyRegistry.standard();
        }
        if (!Files.isDirectory(plugins)) {
            throw new UserError("--plugins " + plugins + ": not a folder");
        }
        List<URL> jars = new ArrayList<>();
        try (Stream<Path> files = Files.list(plugins)) {
            for (Path p : (Iterable<Path>) files.sorted()::iterator) {
                if (p.getFileName().toString().endsWith(".jar")) {
                    requireJar(p);
                    jars.add(toUrl(p));
                }
            }
        } catch (IOException e) {
            throw new UserError("--plugins " + plugins + ": cannot list: " + e.getMessage());
        }
        if (jars.isEmpty()) {
            throw new UserError("--plugins " + plugins + ": no .jar files in the folder");
        }
        ClassLoader loader = new URLClassLoader(jars.toArray(URL[]::new), PluginsOption.class.getClassLoader());
        try {
            return StrategyRegistry.discover(loader);
        } catch (ServiceConfigurationError e) {
            throw new UserError("--plugins " + plugins + ": a strategy provider could not be loaded: "
                    + e.getMessage());
        }
    }

    /** A jar that cannot be opened is named rather than skipped: its strategies would silently be missing. */
    private void requireJar(Path jar) {
        if (!Files.isRegularFile(jar)) {
            throw new UserError("--plugins " + plugins + ": " + jar.getFileName() + " is not a regular file");
        }
        try (JarFile opened = new JarFile(jar.toFile())) {
            opened.getManifest();
        } catch (IOException e) {
            throw new UserError("--plugins " + plugins + ": " + jar.getFileName() + " cannot be opened as a jar: "
                    + IoReasons.of(e));
        }
    }

    private static URL toUrl(Path p) {
        try {
            return p.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new UserError("--plugins: bad jar path " + p);
        }
    }
}
