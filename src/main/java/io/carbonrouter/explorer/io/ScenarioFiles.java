package io.carbonrouter.explorer.io;

import io.carbonrouter.explorer.simulation.Scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/** Scenario files (JSON or YAML, the README's "Scenario files"): read with clear errors, written atomically. */
public final class ScenarioFiles {

    private ScenarioFiles() {
    }

    /** Reads a scenario file; warnings (unknown fields) are dropped. */
    public static Scenario read(Path file) {
        return readWithWarnings(file).scenario();
    }

    public static ScenarioRead readWithWarnings(Path file) {
        return parseWithWarnings(YamlSupport.readInput(file), YamlSupport.sourceName(file));
    }

    /** Parses scenario text; {@code sourceName} names it in messages. */
    public static Scenario parse(String text, String sourceName) {
        return parseWithWarnings(text, sourceName).scenario();
    }

    public static ScenarioRead parseWithWarnings(String text, String sourceName) {
        return new ScenarioReader().read(LocatedTree.parse(text, sourceName), sourceName);
    }

    /** Reads a scenario from a class-path resource, such as a built-in sample. */
    public static Scenario readResource(String resource) {
        try (InputStream in = ScenarioFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new InputException(resource + ": no such resource");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new InputException(resource + ": cannot read: " + e.getMessage());
        }
    }

    public static String toYaml(Scenario scenario) {
        return ScenarioWriter.toYaml(scenario);
    }

    public static String toJson(Scenario scenario) {
        return ScenarioWriter.toJson(scenario);
    }

    /** Writes JSON for a {@code .json} file, YAML otherwise; atomically. */
    public static void write(Scenario scenario, Path file) throws IOException {
        boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        AtomicFiles.write(file, json ? toJson(scenario) : toYaml(scenario));
    }
}
