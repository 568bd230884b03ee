package io.carbonrouter.explorer.ui.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EditHistoryTest {

    private final EditHistory<String> history = new EditHistory<>(10);

    @Test
    void givenTwoEditsWhenUndoneTwiceThenTheFirstStateComesBackAndRedoReplaysThem() {
        history.record("first", "a", null);
        history.record("second", "b", null);

        assertEquals("b", history.undo("c").orElseThrow());
        assertEquals("a", history.undo("b").orElseThrow());
        assertTrue(history.undo("a").isEmpty());
        assertEquals("b", history.redo("a").orElseThrow());
        assertEquals("c", history.redo("b").orElseThrow());
        assertFalse(history.canRedo());
    }

    @Test
    void givenAGestureUnderOneKeyWhenUndoneThenItGoesBackToBeforeTheGestureInOneStep() {
        history.record("drag", "a", "slider");
        history.record("drag", "b", "slider");
        history.record("drag", "c", "slider");
        history.seal();

        assertEquals("a", history.undo("d").orElseThrow());
        assertFalse(history.canUndo());
    }

    @Test
    void givenASealedGestureWhenTheSameKeyComesAgainThenItIsANewStep() {
        history.record("drag", "a", "slider");
        history.seal();
        history.record("drag", "b", "slider");

        assertEquals("b", history.undo("c").orElseThrow());
        assertEquals("a", history.undo("b").orElseThrow());
    }

    @Test
    void givenAnotherKeyWhenRecordedThenTheGestureEnds() {
        history.record("drag", "a", "slider");
        history.record("curve", "b", "curve");

        assertEquals("curve", history.undoLabel());
        assertEquals("b", history.undo("c").orElseThrow());
        assertEquals("drag", history.undoLabel());
    }

    @Test
    void givenAnUndoWhenANewEditComesThenRedoIsGone() {
        history.record("first", "a", null);
        history.undo("b");

        history.record("other", "a", null);

        assertFalse(history.canRedo());
    }

    @Test
    void givenMoreEditsThanTheLimitThenTheOldestAreDropped() {
        EditHistory<Integer> small = new EditHistory<>(2);
        small.record("1", 1, null);
        small.record("2", 2, null);
        small.record("3", 3, null);

        assertEquals(3, small.undo(4).orElseThrow());
        assertEquals(2, small.undo(3).orElseThrow());
        assertTrue(small.undo(2).isEmpty());
    }

    @Test
    void givenALimitBelowOneThenItIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new EditHistory<String>(0));
    }
}
