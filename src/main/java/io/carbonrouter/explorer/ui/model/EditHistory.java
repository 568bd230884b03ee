package io.carbonrouter.explorer.ui.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;

/**
 * Undo and redo over immutable snapshots. Each entry remembers the state before an edit. A continuous gesture
 * (a slider drag, a point drag) edits under one key and becomes a single entry until it is sealed or another
 * key arrives.
 *
 * @param <T> the snapshot type; never mutated, so keeping references is enough
 */
public final class EditHistory<T> {

    private record Entry<T>(String label, T before, String key) {
    }

    private final Deque<Entry<T>> undo = new ArrayDeque<>();
    private final Deque<Entry<T>> redo = new ArrayDeque<>();
    private final int limit;
    private boolean open;

    public EditHistory(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        this.limit = limit;
    }

    /**
     * Records that {@code before} is being replaced. With a non-null {@code key} equal to the open entry's
     * key, the edit merges into that entry (the gesture goes on); otherwise it starts a new entry.
     */
    public void record(String label, T before, String key) {
        Objects.requireNonNull(before);
        redo.clear();
        if (key != null && open && !undo.isEmpty() && key.equals(undo.peek().key())) {
            return;
        }
        undo.push(new Entry<>(label, before, key));
        if (undo.size() > limit) {
            undo.removeLast();
        }
        open = key != null;
    }

    /** Ends the current gesture: the next edit starts a new entry even under the same key. */
    public void seal() {
        open = false;
    }

    /** The state to go back to, given the current one (which becomes redoable). */
    public Optional<T> undo(T current) {
        open = false;
        if (undo.isEmpty()) {
            return Optional.empty();
        }
        Entry<T> e = undo.pop();
        redo.push(new Entry<>(e.label(), current, null));
        return Optional.of(e.before());
    }

    public Optional<T> redo(T current) {
        open = false;
        if (redo.isEmpty()) {
            return Optional.empty();
        }
        Entry<T> e = redo.pop();
        undo.push(new Entry<>(e.label(), current, null));
        return Optional.of(e.before());
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** What undo would take back, such as "precision of precision-50"; empty when nothing. */
    public String undoLabel() {
        return undo.isEmpty() ? "" : undo.peek().label();
    }

    public String redoLabel() {
        return redo.isEmpty() ? "" : redo.peek().label();
    }

    public void clear() {
        undo.clear();
        redo.clear();
        open = false;
    }
}
