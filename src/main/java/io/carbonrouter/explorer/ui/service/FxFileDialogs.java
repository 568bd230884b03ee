package io.carbonrouter.explorer.ui.service;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/** Scenario file choosers (YAML or JSON) over the main window. */
public final class FxFileDialogs implements FileDialogs {

    private final Supplier<Window> owner;

    public FxFileDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseOpen(Optional<Path> directory) {
        FileChooser chooser = chooser("Open scenario", directory);
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseSave(Optional<Path> directory, String suggestedName) {
        FileChooser chooser = chooser("Save scenario", directory);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }

    private static FileChooser chooser(String title, Optional<Path> directory) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Scenarios (YAML, JSON)", "*.yaml", "*.yml", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        directory.filter(Files::isDirectory).map(Path::toFile).ifPresent(chooser::setInitialDirectory);
        return chooser;
    }
}
