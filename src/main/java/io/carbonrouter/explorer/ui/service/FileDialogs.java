package io.carbonrouter.explorer.ui.service;

import java.nio.file.Path;
import java.util.Optional;

/** Asks the user for a file or a folder; empty when they cancel. */
public interface FileDialogs {

    Optional<Path> chooseOpen(FileKind kind, Optional<Path> directory);

    /** A file to write; the chooser itself asks before an existing file is replaced. */
    Optional<Path> chooseSave(FileKind kind, Optional<Path> directory, String suggestedName);

    Optional<Path> chooseFolder(String title, Optional<Path> directory);

    /** A scenario file to open. */
    default Optional<Path> chooseOpen(Optional<Path> directory) {
        return chooseOpen(FileKind.SCENARIO, directory);
    }

    /** Where to save a scenario. */
    default Optional<Path> chooseSave(Optional<Path> directory, String suggestedName) {
        return chooseSave(FileKind.SCENARIO, directory, suggestedName);
    }
}
