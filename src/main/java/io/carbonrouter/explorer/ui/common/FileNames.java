package io.carbonrouter.explorer.ui.common;

import io.carbonrouter.explorer.simulation.Scenario;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** File names the app suggests for what it writes. */
public final class FileNames {

    private FileNames() {
    }

    /** The scenario's name as a file name: lower case, runs of other characters as one dash. */
    public static String slug(Scenario scenario) {
        String name = scenario.name().replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        return name.isEmpty() ? "scenario" : name.toLowerCase(Locale.ROOT);
    }

    /** What the files of a scenario's results start with: its file's name without extension, else its slug. */
    public static String stem(Scenario scenario, Optional<Path> file) {
        return file.map(p -> p.getFileName().toString().replaceFirst("\\.[^.]+$", ""))
                .filter(s -> !s.isBlank()).orElseGet(() -> slug(scenario));
    }
}
