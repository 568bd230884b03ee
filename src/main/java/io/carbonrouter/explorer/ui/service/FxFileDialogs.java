package io.carbonrouter.explorer.ui.service;

import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/** File and folder choosers over the main window, each offering the files of its kind first. */
public final class FxFileDialogs implements FileDialogs {

    private final Supplier<Window> owner;

    public FxFileDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseOpen(FileKind kind, Optional<Path> directory) {
        FileChooser chooser = chooser(kind.openTitle(), kind, directory);
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseSave(FileKind kind, Optional<Path> directory, String suggestedName) {
        FileChooser chooser = chooser(kind.saveTitle(), kind, directory);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFolder(String title, Optional<Path> directory) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        directory.filter(Files::isDirectory).map(Path::toFile).ifPresent(chooser::setInitialDirectory);
        return Optional.ofNullable(chooser.showDialog(owner.get())).map(File::toPath);
    }

    private static FileChooser chooser(String title, FileKind kind, Optional<Path> directory) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(kind.filterName(), kind.patterns()),
                new FileChooser.ExtensionFilter("All files", "*"));
        directory.filter(Files::isDirectory).map(Path::toFile).ifPresent(chooser::setInitialDirectory);
        return chooser;
    }
}
