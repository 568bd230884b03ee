package io.carbonrouter.explorer.ui.service;

import io.carbonrouter.explorer.io.AtomicFiles;
import io.carbonrouter.explorer.io.InputException;
import io.carbonrouter.explorer.io.ScenarioFiles;
import io.carbonrouter.explorer.io.YamlSupport;
import io.carbonrouter.explorer.simulation.Scenario;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;

/**
 * The autosave of unsaved edits, beside the settings: an ordinary scenario file whose first lines say what it
 * is and which file the edits belong to. Its presence at start means the app did not close cleanly.
 */
public final class RecoveryFile {

    public static final String FILE_NAME = "recovery.yaml";
    private static final String HEADER = "# Policy Explorer autosave: unsaved edits, offered back at the next start.\n";
    private static final String SOURCE = "# edits of: ";

    /**
     * Edits found on disk.
     *
     * @param source  the file the edits belong to; empty for a scenario never saved
     * @param savedAt when they were autosaved
     */
    public record Recovered(Scenario scenario, Optional<Path> source, Instant savedAt) {
    }

    private final Path file;

    public RecoveryFile(Path file) {
        this.file = file;
    }

    /** The recovery file in the folder of the settings. */
    public static RecoveryFile beside(AppSettings settings) {
        return new RecoveryFile(settings.file().toAbsolutePath().resolveSibling(FILE_NAME));
    }

    public Path file() {
        return file;
    }

    /** Writes atomically, so a crash mid-write leaves the previous autosave whole. */
    public void write(Scenario scenario, Optional<Path> source) throws IOException {
        // A URI keeps any character of the path on one comment line.
        String from = source.map(p -> SOURCE + p.toAbsolutePath().toUri() + "\n").orElse("");
        AtomicFiles.write(file, HEADER + from + ScenarioFiles.toYaml(scenario));
    }

    /**
     * The edits left behind, if any.
     *
     * @throws InputException when the file is there but cannot be read as a scenario
     */
    public Optional<Recovered> read() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String text = YamlSupport.readInput(file);
        Scenario scenario = ScenarioFiles.parse(text, file.toString());
        try {
            return Optional.of(new Recovered(scenario, source(text), Files.getLastModifiedTime(file).toInstant()));
        } catch (IOException e) {
            throw new InputException(file + ": cannot read: " + e.getMessage());
        }
    }

    private static Optional<Path> source(String text) {
        for (String line : text.lines().takeWhile(l -> l.startsWith("#")).toList()) {
            if (line.startsWith(SOURCE)) {
                try {
                    return Optional.of(Path.of(URI.create(line.substring(SOURCE.length()).strip())));
                } catch (IllegalArgumentException | FileSystemNotFoundException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** Moves an unreadable autosave out of the way of the next one; returns where it went. */
    public Path setAside() throws IOException {
        Path aside = file.resolveSibling("recovery-unreadable.yaml");
        Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
        return aside;
    }

    public void delete() throws IOException {
        Files.deleteIfExists(file);
    }
}
