package io.carbonrouter.explorer.ui.lessons;

import javafx.beans.property.BooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

import java.util.Optional;

/**
 * What the lesson panel points at in the window around it, handed over by the window that holds every feature:
 * the lesson panel itself knows no other feature's nodes.
 */
public interface LessonTargets {

    /** The control that bears a lesson's stable id ({@code lesson.Controls}), empty when none is on screen. */
    Optional<Node> control(String id);

    /**
     * The editors column's content (flavours, settings, component bounds), which presentation mode puts away; a
     * control in it is found by {@link #control} even then.
     */
    Node editors();

    /**
     * Whether the current lesson step needs the editors column: while true the column shows, in presentation
     * mode too, so a ringed setting is there to see and type into; back to false, presentation mode puts it away.
     */
    BooleanProperty editorsNeeded();

    /** The curve editor's panel, which a step may fold away to give a ringed chart room. */
    Node curves();

    /**
     * Gives the results room to show {@code ringed} (a ringed result chart) whole, taking it from the curve editor
     * above them: for a step that rings both, on a short screen. When the editor at its smallest still leaves too
     * little (presentation mode's larger text at 720 px), both the editor and the charts go down to a smaller
     * least height until {@link #releaseRoom}.
     */
    void makeRoomFor(Node ringed);

    /** Gives the curve editor and the charts their usual least heights back. */
    void releaseRoom();

    /** The scroll pane around the result charts, where a ringed chart may lie below the fold. */
    ScrollPane results();
}
