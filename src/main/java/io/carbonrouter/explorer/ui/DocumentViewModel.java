package io.carbonrouter.explorer.ui;

import io.carbonrouter.explorer.io.InputException;
import io.carbonrouter.explorer.io.ScenarioFiles;
import io.carbonrouter.explorer.io.ScenarioRead;
import io.carbonrouter.explorer.simulation.Problem;
import io.carbonrouter.explorer.simulation.ScenarioValidator;
import io.carbonrouter.explorer.ui.model.ScenarioModel;
import io.carbonrouter.explorer.ui.service.AppSettings;
import io.carbonrouter.explorer.ui.service.ExportAction;
import io.carbonrouter.explorer.ui.service.FileDialogs;
import io.carbonrouter.explorer.ui.service.SampleCatalog;
import io.carbonrouter.explorer.ui.service.UnsavedChangesPrompt;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The scenario as a document: open, save, save as, samples, export, undo and redo, the window title, and
 * the unsaved-changes question before edits would be lost.
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
    private final StringBinding title;

    public DocumentViewModel(ScenarioModel model, AppServices services, StatusViewModel status) {
        this.model = model;
        this.files = services.files();
        this.prompt = services.prompt();
        this.export = services.export();
        this.settings = services.settings();
        this.samples = services.samples();
        this.status = status;
        title = Bindings.createStringBinding(this::computeTitle, model.scenarioProperty(), model.fileProperty(),
                model.dirtyProperty());
    }

    private String computeTitle() {
        return APP_NAME + " — " + displayName() + (model.isDirty() ? " *" : "");
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
        String suggested = (model.scenario().name().isBlank() ? "scenario"
                : model.scenario().name().replaceAll("[^A-Za-z0-9._-]+", "-").toLowerCase(java.util.Locale.ROOT))
                + ".yaml";
        Optional<Path> target = files.chooseSave(directory(), suggested);
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
        try {
            settings.save();
        } catch (IOException e) {
            status.error("Could not remember the last scenario in " + settings.file() + ": " + e.getMessage());
        }
    }

    private Optional<Path> directory() {
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

    /** "Policy Explorer — name", with " *" while there are unsaved edits. */
    public StringBinding titleProperty() {
        return title;
    }
}
