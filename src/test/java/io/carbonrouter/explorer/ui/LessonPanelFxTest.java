package io.carbonrouter.explorer.ui;

import io.carbonrouter.explorer.lesson.Lesson;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A lesson opened on a 1024x768 screen shows its text and task whole above the curve editor, at the first and the
 * last step, as a class meets it (the throttling lesson's first task ran under the curve tools in presentation
 * mode, its last step's padding in normal mode).
 */
class LessonPanelFxTest extends ExplorerFxTestBase {

    @ParameterizedTest
    @CsvSource({"1024, 768, true", "1024, 768, false", "1280, 720, true", "1280, 720, false"})
    void givenEveryLessonsFirstAndLastStepThenTheLessonTextShowsWhole(int width, int height, boolean presentation) {
        runFx(() -> {
            vm().presentationProperty().set(presentation);
            window.stage().setFullScreen(false);
            window.stage().setWidth(width);
            window.stage().setHeight(height);
        });
        String at = (presentation ? " presentation " : " normal ") + width + "x" + height;
        for (Lesson lesson : invoke(() -> vm().lessons().builtIn())) {
            runFx(() -> vm().lessons().open(lesson));
            waitUntil(() -> !vm().runs().busyProperty().get());
            assertLessonWhole(lesson.id() + " first" + at, panel());
            for (int i = 1; i < lesson.steps().size(); i++) {
                runFx(() -> vm().lessons().next());
            }
            waitUntil(() -> !vm().runs().busyProperty().get());
            assertLessonWhole(lesson.id() + " last" + at, panel());
        }
    }

    /**
     * The lesson panel shows its text and task whole, inside the window: no line runs past the panel's padding
     * (unless it scrolls there inside the panel), into an ellipsis, or under the curve editor below, which a
     * split pane too short for its items draws over the panel.
     */
    static void assertLessonWhole(String where, Region panel) {
        // Everything read in one FX call after a layout: each call waits for the FX thread to settle.
        PanelState p = invoke(() -> {
            panel.getScene().getRoot().applyCss();
            panel.getScene().getRoot().layout();
            Bounds shown = sceneBounds(panel);
            ScrollPane body = (ScrollPane) panel.lookup(".lesson-body");
            List<Part> parts = new ArrayList<>();
            for (String part : List.of("#text", "#task")) {
                Label label = (Label) panel.lookup(part);
                if (label.isVisible() && label.getText() != null && !label.getText().isEmpty()) {
                    parts.add(new Part(part.substring(1), sceneBounds(label).getMaxY(),
                            PresentationTextFxTest.drawnCut(label)));
                }
            }
            List<Node> column = panel.getParent().getChildrenUnmodifiable();
            Node next = column.get(column.indexOf(panel) + 1);
            List<Below> below = new ArrayList<>();
            for (Node n : next instanceof SplitPane split ? List.copyOf(split.getItems()) : List.of(next)) {
                below.add(new Below(sceneBounds(n).getMinY(), n.getStyleClass().toString()));
            }
            return new PanelState(shown, shown.getMaxY() - panel.getInsets().getBottom(), panel.getScene().getHeight(),
                    sceneBounds(body), body.getContent().getLayoutBounds().getHeight()
                    > body.getViewportBounds().getHeight() + 0.5, parts, below);
        });
        assertTrue(p.shown.getMaxY() <= p.sceneHeight + 0.5,
                where + ": the lesson panel ends below the window at " + p.shown.getMaxY());
        assertTrue(p.view.getMaxY() <= p.inside + 0.5, where + ": the lesson's text ends at " + p.view.getMaxY()
                + ", past the panel's padding at " + p.inside);
        for (Part part : p.parts) {
            assertTrue(part.end <= p.view.getMaxY() + 0.5 || p.scrolls, where + ": the lesson's " + part.name
                    + " ends at " + part.end + ", under the panel's foot at " + p.view.getMaxY()
                    + " with nothing to scroll");
            assertFalse(part.cut, where + ": the lesson's " + part.name + " is cut");
        }
        for (Below n : p.below) {
            assertTrue(n.top >= p.shown.getMaxY() - 0.5, where + ": " + n.styles + " below the lesson panel starts at "
                    + n.top + ", over the panel ending at " + p.shown.getMaxY());
        }
    }

    /** What the check reads of the panel: its bounds, its text's, and the tops of what lies below it. */
    private record PanelState(Bounds shown, double inside, double sceneHeight, Bounds view, boolean scrolls,
                              List<Part> parts, List<Below> below) {
    }

    /** The text or the task: where it ends, and whether it ends in an ellipsis. */
    private record Part(String name, double end, boolean cut) {
    }

    /** What the split below the panel draws: where it starts, and what it is. */
    private record Below(double top, String styles) {
    }

    private static Bounds sceneBounds(Node n) {
        return n.localToScene(n.getLayoutBounds());
    }

    private Region panel() {
        return lookup(".lesson-panel").queryAs(Region.class);
    }
}
