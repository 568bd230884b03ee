package io.carbonrouter.explorer.ui.service;

import java.nio.file.Path;
import java.util.Optional;

/** Asks the user for a scenario file; empty when they cancel. */
public interface FileDialogs {

    Optional<Path> chooseOpen(Optional<Path> directory);

    Optional<Path> chooseSave(Optional<Path> directory, String suggestedName);
}
