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
        runFx(() -> {
            panel.getScene().getRoot().applyCss();
            panel.getScene().getRoot().layout();
        });
        Bounds shown = invoke(() -> sceneBounds(panel));
        double inside = shown.getMaxY() - invoke(() -> panel.getInsets().getBottom());
        assertTrue(shown.getMaxY() <= invoke(() -> panel.getScene().getHeight()) + 0.5,
                where + ": the lesson panel ends below the window at " + shown.getMaxY());
        ScrollPane body = invoke(() -> (ScrollPane) panel.lookup(".lesson-body"));
        Bounds view = invoke(() -> sceneBounds(body));
        assertTrue(view.getMaxY() <= inside + 0.5, where + ": the lesson's text ends at " + view.getMaxY()
                + ", past the panel's padding at " + inside);
        for (String part : List.of("#text", "#task")) {
            Label label = invoke(() -> (Label) panel.lookup(part));
            if (!invoke(() -> label.isVisible() && label.getText() != null && !label.getText().isEmpty())) {
                continue;
            }
            double end = invoke(() -> sceneBounds(label).getMaxY());
            assertTrue(end <= view.getMaxY() + 0.5 || invoke(() -> body.getContent().getLayoutBounds().getHeight()
                    > body.getViewportBounds().getHeight() + 0.5), where + ": the lesson's " + part.substring(1)
                    + " ends at " + end + ", under the panel's foot at " + view.getMaxY() + " with nothing to scroll");
            assertFalse(PresentationTextFxTest.cut(label), where + ": the lesson's " + part.substring(1) + " is cut");
        }
        List<Node> below = invoke(() -> {
            List<Node> column = panel.getParent().getChildrenUnmodifiable();
            Node next = column.get(column.indexOf(panel) + 1);
            return next instanceof SplitPane split ? List.copyOf(split.getItems()) : List.of(next);
        });
        for (Node n : below) {
            double top = invoke(() -> sceneBounds(n).getMinY());
            assertTrue(top >= shown.getMaxY() - 0.5, where + ": " + invoke(() -> n.getStyleClass())
                    + " below the lesson panel starts at " + top + ", over the panel ending at " + shown.getMaxY());
        }
    }

    private static Bounds sceneBounds(Node n) {
        return n.localToScene(n.getLayoutBounds());
    }

    private Region panel() {
        return lookup(".lesson-panel").queryAs(Region.class);
    }
}
