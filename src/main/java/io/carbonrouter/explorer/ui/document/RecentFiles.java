package io.carbonrouter.explorer.ui.document;

import io.carbonrouter.explorer.ui.service.AppSettings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;

/**
 * The scenario files opened or saved lately, newest first, at most {@link #LIMIT}; kept in the settings
 * (the caller saves them).
 */
public final class RecentFiles {

    public static final int LIMIT = 8;

    private final AppSettings settings;
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    /** One wrapper, kept: a wrapper made per call would be collected together with its listeners. */
    private final ObservableList<Path> readOnly = FXCollections.unmodifiableObservableList(files);

    public RecentFiles(AppSettings settings) {
        this.settings = settings;
        settings.recentScenarios().stream().map(RecentFiles::key).distinct().limit(LIMIT).forEach(files::add);
    }

    private static Path key(Path p) {
        return p.toAbsolutePath().normalize();
    }

    /** Puts {@code file} first. */
    void add(Path file) {
        Path k = key(file);
        files.remove(k);
        files.add(0, k);
        if (files.size() > LIMIT) {
            files.remove(LIMIT, files.size());
        }
        store();
    }

    void remove(Path file) {
        files.remove(key(file));
        store();
    }

    void clear() {
        files.clear();
        store();
    }

    private void store() {
        settings.setRecentScenarios(files);
    }

    /** Newest first; read-only. */
    public ObservableList<Path> files() {
        return readOnly;
    }
}
