package io.carbonrouter.explorer.ui.document;

import io.carbonrouter.explorer.io.InputException;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.ScenarioValidator;
import io.carbonrouter.explorer.ui.common.Messages;
import io.carbonrouter.explorer.ui.model.ScenarioModel;
import io.carbonrouter.explorer.ui.service.DialogService;
import io.carbonrouter.explorer.ui.service.LatestTask;
import io.carbonrouter.explorer.ui.service.RecoveryFile;
import io.carbonrouter.explorer.ui.service.Scheduler;
import io.carbonrouter.explorer.ui.service.TaskExecutor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Keeps unsaved edits safe from a crash. {@link #DELAY} after the edits settle, the working scenario goes to
 * the recovery file, off the FX thread; a burst of edits gives one write (the latest wins). Saving, undoing back to the saved
 * state, opening another scenario or a clean quit deletes it. At the next start a recovery file left behind
 * is offered back.
 */
public final class Autosave {

    static final Duration DELAY = Duration.ofSeconds(3);

    private final ScenarioModel model;
    private final RecoveryFile recovery;
    private final Scheduler scheduler;
    private final Messages status;
    /** Every change is a new generation; a write goes ahead only while it is still the latest. */
    private final LatestTask saves;
    /** Held by a write under way, so that a discard waits for it before deleting. */
    private final Object lock = new Object();
    private Scheduler.Job pending = () -> { };

    public Autosave(ScenarioModel model, RecoveryFile recovery, Scheduler scheduler, TaskExecutor tasks,
                    Messages status) {
        this.model = model;
        this.recovery = recovery;
        this.scheduler = scheduler;
        this.status = status;
        this.saves = tasks.latestWhenSlow("Autosave", this::later);
        // An edit changes the scenario before the dirty flag, so the first edit is seen by the flag's listener
        // and a change back to the saved state cancels the write the scenario's listener has just scheduled.
        model.scenarioProperty().addListener((obs, old, now) -> {
            if (model.isDirty()) {
                schedule();
            }
        });
        model.dirtyProperty().addListener((obs, old, dirty) -> {
            if (dirty) {
                schedule();
            } else {
                discard();
            }
        });
    }

    private void schedule() {
        Scenario edits = model.scenario();
        Optional<Path> source = model.fileProperty().get();
        long g = saves.next();
        saves.submit(g, () -> write(g, edits, source), written -> { },
                e -> status.error("Could not autosave to " + recovery.file() + ": " + e.getMessage()));
    }

    /** The write waits until the edits settle; a newer one replaces it. */
    private void later(Runnable write) {
        pending.cancel();
        pending = scheduler.schedule(write, DELAY);
    }

    /** On the background thread. A scenario that cannot run is not written: the last one that could stays. */
    private boolean write(long g, Scenario edits, Optional<Path> source) {
        if (!ScenarioValidator.validate(edits).isEmpty()) {
            return false;
        }
        synchronized (lock) {
            if (saves.stale(g)) {
                return false;
            }
            try {
                recovery.write(edits, source);
            } catch (IOException e) {
                throw new UncheckedIOException(e.getMessage(), e);
            }
            return true;
        }
    }

    /** Deletes the recovery file (waiting for a write under way): the edits are saved, or dropped on purpose. */
    public void discard() {
        pending.cancel();
        synchronized (lock) {
            saves.cancel();
            try {
                recovery.delete();
            } catch (IOException e) {
                status.error("Could not delete the autosave " + recovery.file() + ": " + e.getMessage());
            }
        }
    }

    /**
     * At start: offers back the edits a crash left behind. Restored edits are unsaved (the title says
     * "recovered"); declined ones are deleted. A recovery file that cannot be read is set aside, out of the
     * next autosave's way, and reported.
     */
    public void offerRecovery(DialogService dialogs, DocumentViewModel document) {
        Optional<RecoveryFile.Recovered> found;
        try {
            found = recovery.read();
        } catch (InputException e) {
            status.error("Could not read the autosaved edits: " + e.getMessage() + setAside());
            return;
        }
        if (found.isEmpty()) {
            return;
        }
        RecoveryFile.Recovered r = found.get();
        String name = !r.scenario().name().isBlank() ? r.scenario().name()
                : r.source().map(p -> p.getFileName().toString()).orElse("Untitled");
        if (dialogs.offerRecovery(name, r.savedAt())) {
            document.restore(r.scenario(), r.source());
        } else {
            discard();
            status.info("Discarded the autosaved edits to \"" + name + "\"");
        }
    }

    private String setAside() {
        try {
            return " (kept as " + recovery.setAside() + ")";
        } catch (IOException e) {
            return " (left in " + recovery.file() + ": " + e.getMessage() + ")";
        }
    }

    public RecoveryFile file() {
        return recovery;
    }
}
