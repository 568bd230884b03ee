package io.carbonrouter.explorer.ui.service;

/** Asks what to do with unsaved edits before they would be lost. */
@FunctionalInterface
public interface UnsavedChangesPrompt {

    enum Answer {
        /** Save first, then go on. */
        SAVE,
        /** Go on and drop the edits. */
        DISCARD,
        /** Stay where we are. */
        CANCEL
    }

    Answer ask(String scenarioName);
}
