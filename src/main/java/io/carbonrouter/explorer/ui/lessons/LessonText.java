package io.carbonrouter.explorer.ui.lessons;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;

/**
 * The lesson's text and task in a scroll pane as tall as they are, unless the centre column cannot hold them and
 * the curve editor and charts below at their least heights (a 768 px screen, presentation's larger text): then
 * the text gives that room and scrolls, rather than the curve editor being drawn over its last lines.
 */
final class LessonText {

    /** The least the text keeps when it gives room: about two lines. */
    private static final double LEAST = 40;

    private final ScrollPane scroll;

    LessonText(ScrollPane scroll, Region body, Label text, Label task) {
        this.scroll = scroll;
        // A scroll pane asks its content's height without a width (one line per label): it asks at its own.
        scroll.prefViewportHeightProperty().bind(Bindings.createDoubleBinding(
                () -> body.prefHeight(scroll.getWidth() > 0 ? scroll.getWidth() : -1), scroll.widthProperty(),
                text.textProperty(), task.textProperty(), text.fontProperty(), task.fontProperty(),
                task.managedProperty()));
        whole();
    }

    private void whole() {
        scroll.setMinHeight(Region.USE_PREF_SIZE);
        scroll.setMaxHeight(Region.USE_PREF_SIZE);
    }

    /**
     * Lays the window out with the text whole; when the split pane around {@code below} (the curve editor) then
     * has less height than its items take, the text gives that much. Whether it gave any.
     */
    boolean fitAbove(Node below) {
        whole();
        Parent root = scroll.getScene().getRoot();
        root.applyCss();
        root.layout();
        Parent p = below.getParent();
        while (p != null && !(p instanceof SplitPane)) {
            p = p.getParent();
        }
        if (!(p instanceof SplitPane split) || below.getScene() == null) {
            return false;
        }
        double taken = 0;
        for (Node item : split.getItems()) {
            taken += Math.max(item.getLayoutBounds().getHeight(), item.minHeight(split.getWidth()));
        }
        for (Node divider : split.lookupAll(".split-pane-divider")) {
            taken += divider.getLayoutBounds().getHeight();
        }
        double deficit = taken - split.getHeight();
        if (deficit <= 0.5) {
            return false;
        }
        double cap = Math.max(LEAST, scroll.getHeight() - deficit);
        scroll.setMinHeight(cap);
        scroll.setMaxHeight(cap);
        root.layout();
        return true;
    }
}
