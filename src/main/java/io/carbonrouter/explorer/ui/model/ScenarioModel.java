package io.carbonrouter.explorer.ui.model;

import io.carbonrouter.explorer.simulation.Scenario;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The scenario being explored: the one place every editor reads from and writes to. Scenarios are immutable,
 * so an edit replaces the whole value and the history keeps the old one. Changes come on the FX thread.
 */
public final class ScenarioModel {

    private static final int HISTORY_LIMIT = 500;

    private final ReadOnlyObjectWrapper<Scenario> scenario;
    private final ReadOnlyObjectWrapper<Optional<Path>> file = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper loads = new ReadOnlyIntegerWrapper(0);
    private final EditHistory<Scenario> history = new EditHistory<>(HISTORY_LIMIT);
    private Scenario saved;

    public ScenarioModel(Scenario initial) {
        scenario = new ReadOnlyObjectWrapper<>(initial);
        saved = initial;
    }

    public ReadOnlyObjectProperty<Scenario> scenarioProperty() {
        return scenario.getReadOnlyProperty();
    }

    public Scenario scenario() {
        return scenario.get();
    }

    /** One edit, one undo step. */
    public void edit(String label, UnaryOperator<Scenario> change) {
        apply(label, change, null);
    }

    /**
     * A step of a continuous gesture: edits under the same {@code key} merge into one undo step until
     * {@link #endGesture()}.
     */
    public void editContinuous(String key, String label, UnaryOperator<Scenario> change) {
        apply(label, change, key);
    }

    public void endGesture() {
        history.seal();
    }

    private void apply(String label, UnaryOperator<Scenario> change, String key) {
        Scenario before = scenario.get();
        Scenario after = change.apply(before);
        if (after == before) {
            return;
        }
        history.record(label, before, key);
        set(after);
    }

    public void undo() {
        history.undo(scenario.get()).ifPresent(this::set);
    }

    public void redo() {
        history.redo(scenario.get()).ifPresent(this::set);
    }

    /** Replaces everything (open, sample): a fresh history and a clean state. */
    public void load(Scenario loaded, Optional<Path> from) {
        history.clear();
        saved = loaded;
        file.set(from);
        loads.set(loads.get() + 1);
        set(loaded);
    }

    /**
     * Replaces everything with edits that were never saved (a recovered autosave): a fresh history, and dirty
     * until saved, even when they match {@code from}'s content.
     */
    public void loadUnsaved(Scenario edits, Optional<Path> from) {
        history.clear();
        saved = null;
        file.set(from);
        loads.set(loads.get() + 1);
        set(edits);
    }

    /** The current scenario now lives in {@code to}. */
    public void markSaved(Path to) {
        saved = scenario.get();
        file.set(Optional.of(to));
        refresh();
    }

    private void set(Scenario next) {
        scenario.set(next);
        refresh();
    }

    private void refresh() {
        dirty.set(scenario.get() != saved);
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        undoLabel.set(history.undoLabel());
        redoLabel.set(history.redoLabel());
    }

    /**
     * Counts whole replacements (open, sample, recovery); it changes just before the new scenario is set, so
     * a listener can drop what belonged to the old one before the new one runs.
     */
    public ReadOnlyIntegerProperty loadsProperty() {
        return loads.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<Path>> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** Whether the scenario differs from what was loaded or saved last (undoing back to it makes it clean). */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel.getReadOnlyProperty();
    }
}
