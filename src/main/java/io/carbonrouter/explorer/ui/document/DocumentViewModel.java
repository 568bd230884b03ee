package io.carbonrouter.explorer.ui.document;

import io.carbonrouter.explorer.io.InputException;
import io.carbonrouter.explorer.io.ScenarioFiles;
import io.carbonrouter.explorer.io.ScenarioRead;
import io.carbonrouter.explorer.simulation.Problem;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.ScenarioValidator;
import io.carbonrouter.explorer.ui.app.AppServices;
import io.carbonrouter.explorer.ui.common.FileNames;
import io.carbonrouter.explorer.ui.model.ScenarioModel;
import io.carbonrouter.explorer.ui.service.AppSettings;
import io.carbonrouter.explorer.ui.service.ExportAction;
import io.carbonrouter.explorer.ui.service.FileDialogs;
import io.carbonrouter.explorer.ui.service.SampleCatalog;
import io.carbonrouter.explorer.ui.service.UnsavedChangesPrompt;
import io.carbonrouter.explorer.ui.status.StatusViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The scenario as a document: open, save, save as, recent files, samples, export, undo and redo, the window
 * title, restored autosaves, and the unsaved-changes question before edits would be lost.
 */
public final class DocumentViewModel {

    public static final String APP_NAME = "Policy Explorer";

    private final ScenarioModel model;
    private final FileDialogs files;
    private final UnsavedChangesPrompt prompt;
    private final ExportAction export;
    private final AppSettings settings;
    private final SampleCatalog samples;
    private final StatusViewModel status;
    private final RecentFiles recent;
    private final ReadOnlyBooleanWrapper recovered = new ReadOnlyBooleanWrapper(false);
    private final StringBinding title;

    public DocumentViewModel(ScenarioModel model, AppServices services, StatusViewModel status) {
        this.model = model;
        this.files = services.files();
        this.prompt = services.prompt();
        this.export = services.export();
        this.settings = services.settings();
        this.samples = services.samples();
        this.status = status;
        this.recent = new RecentFiles(settings);
        model.dirtyProperty().addListener((obs, was, dirty) -> {
            if (!dirty) {
                recovered.set(false);
            }
        });
        title = Bindings.createStringBinding(this::computeTitle, model.scenarioProperty(), model.fileProperty(),
                model.dirtyProperty(), recovered);
    }

    private String computeTitle() {
        return APP_NAME + " — " + displayName() + (recovered.get() ? " (recovered)" : "")
                + (model.isDirty() ? " *" : "");
    }

    /** The scenario's name, else its file name, else "Untitled". */
    public String displayName() {
        String name = model.scenario().name();
        if (!name.isBlank()) {
            return name;
        }
        return model.fileProperty().get().map(p -> p.getFileName().toString()).orElse("Untitled");
    }

    public void open() {
        if (!confirmDiscard()) {
            return;
        }
        files.chooseOpen(directory()).ifPresent(this::openFile);
    }

    /** Reads a file into the model; a file that cannot be read leaves everything as it was. */
    public boolean openFile(Path path) {
        try {
            ScenarioRead read = ScenarioFiles.readWithWarnings(path);
            model.load(read.scenario(), Optional.of(path));
            remember(path);
            status.info("Opened " + path.getFileName() + (read.warnings().isEmpty() ? ""
                    : " (ignored: " + String.join("; ", read.warnings()) + ")"));
            return true;
        } catch (InputException e) {
            status.error(e.getMessage());
            return false;
        }
    }

    /** Opens a recent file, asking about unsaved edits first; a file that is gone leaves the list. */
    public void openRecent(Path path) {
        if (!Files.isRegularFile(path)) {
            recent.remove(path);
            saveSettings();
            status.error(path + " is no longer there; removed it from the recent files");
            return;
        }
        if (confirmDiscard()) {
            openFile(path);
        }
    }

    public void clearRecent() {
        recent.clear();
        saveSettings();
        status.info("Cleared the recent files");
    }

    /** Puts autosaved edits back: unsaved, belonging to {@code source} when they had a file. */
    public void restore(Scenario edits, Optional<Path> source) {
        model.loadUnsaved(edits, source);
        recovered.set(true);
        status.info("Restored the autosaved edits; save them to keep them");
    }

    public void openSample(SampleCatalog.Sample sample) {
        if (!confirmDiscard()) {
            return;
        }
        try {
            model.load(samples.read(sample), Optional.empty());
            status.info("Opened the sample \"" + sample.label() + "\"");
        } catch (InputException e) {
            status.error(e.getMessage());
        }
    }

    /** Saves to the scenario's file, or asks for one; returns whether it was saved. */
    public boolean save() {
        Optional<Path> file = model.fileProperty().get();
        return file.isPresent() ? write(file.get()) : saveAs();
    }

    public boolean saveAs() {
        Optional<Path> target = files.chooseSave(directory(), FileNames.slug(model.scenario()) + ".yaml");
        return target.isPresent() && write(target.get());
    }

    private boolean write(Path path) {
        List<Problem> problems = ScenarioValidator.validate(model.scenario());
        if (!problems.isEmpty()) {
            status.error("Not saved: fix the scenario first (" + problems.get(0) + ")");
            return false;
        }
        try {
            ScenarioFiles.write(model.scenario(), path);
        } catch (IOException | RuntimeException e) {
            status.error("Could not save " + path + ": " + e.getMessage());
            return false;
        }
        model.markSaved(path);
        remember(path);
        status.info("Saved " + path.getFileName());
        return true;
    }

    private void remember(Path path) {
        settings.setLastScenario(path);
        recent.add(path);
        saveSettings();
    }

    private void saveSettings() {
        try {
            settings.save();
        } catch (IOException e) {
            status.error("Could not remember the recent files in " + settings.file() + ": " + e.getMessage());
        }
    }

    /** Where file choosers start: the scenario's folder, else the last scenario's. */
    public Optional<Path> directory() {
        return model.fileProperty().get().or(settings::lastScenario).map(Path::toAbsolutePath).map(Path::getParent);
    }

    /**
     * Before unsaved edits would be lost (open, sample, close, quit): asks to save, drop or stay. Returns
     * whether to go on.
     */
    public boolean confirmDiscard() {
        if (!model.isDirty()) {
            return true;
        }
        return switch (prompt.ask(displayName())) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    public void export() {
        export.export(model.scenario());
    }

    public void undo() {
        if (model.canUndoProperty().get()) {
            String what = model.undoLabelProperty().get();
            model.undo();
            status.info("Undid " + what);
        }
    }

    public void redo() {
        if (model.canRedoProperty().get()) {
            String what = model.redoLabelProperty().get();
            model.redo();
            status.info("Redid " + what);
        }
    }

    public List<SampleCatalog.Sample> samples() {
        return samples.samples();
    }

    /** The scenario files opened or saved lately, newest first. */
    public RecentFiles recent() {
        return recent;
    }

    /** "Policy Explorer — name", "(recovered)" after a restore, " *" while there are unsaved edits. */
    public StringBinding titleProperty() {
        return title;
    }
}
