package io.carbonrouter.explorer.ui.lessons;

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

    /** The curve editor's panel, which a step may fold away to give a ringed chart room. */
    Node curves();

    /** The scroll pane around the result charts, where a ringed chart may lie below the fold. */
    ScrollPane results();
}
