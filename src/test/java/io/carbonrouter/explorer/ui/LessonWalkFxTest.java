package io.carbonrouter.explorer.ui;

import io.carbonrouter.explorer.lesson.Lesson;
import io.carbonrouter.explorer.lesson.LessonStep;
import io.carbonrouter.explorer.ui.chart.AxisSide;
import io.carbonrouter.explorer.ui.chart.CurveEditor;
import io.carbonrouter.explorer.ui.chart.skin.ChartGeometry;
import io.carbonrouter.explorer.ui.chart.skin.CurveEditorSkin;
import io.carbonrouter.explorer.ui.service.UnsavedChangesPrompt;
import io.carbonrouter.explorer.ui.toolbar.ToolbarViewModel.PolicyChoice;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Walks every step of every built-in lesson as a learner would, in a window of a projector's size, normal and in
 * presentation mode (which puts the editors column away): each ringed control is there, ringed, showing and
 * inside the window (scrolled into view); each task is met by the action its text describes, done through the
 * ringed controls (typing into the ringed field, choosing in the ringed policy box, dragging the ringed curve),
 * and that action visibly changes a ringed chart.
 */
class LessonWalkFxTest extends ExplorerFxTestBase {

    /** What each task asks the learner to do, by lesson id and step index. */
    private final Map<String, Consumer<List<Node>>> actions = Map.ofEntries(
            Map.entry("credit-ledger/1", ringed -> type("setting-targetError", "0.05", ringed)),
            Map.entry("credit-ledger/2", ringed -> type("setting-creditMin", "-0.2", ringed)),
            Map.entry("greedy-vs-forecast/1", ringed -> choosePolicy("forecast-aware", ringed)),
            Map.entry("greedy-vs-forecast/2", ringed -> choosePolicy("forecast-aware-global", ringed)),
            Map.entry("throttling/0", ringed -> dragToTheTop(36, ringed)),
            Map.entry("throttling/1", ringed -> type("setting-throttleMin", "0.5", ringed)),
            Map.entry("throttling/2", ringed -> type("setting-consumer-max", "4", ringed)),
            Map.entry("deployed-loop/1", ringed -> type("setting-targetError", "0.25", ringed)),
            Map.entry("forecast-error/0", ringed -> choosePolicy("forecast-aware-global", ringed)),
            Map.entry("forecast-error/1", ringed -> type("setting-forecastError-bias", "0", ringed)),
            Map.entry("how-good/0", ringed -> type("setting-forecastError-sd", "80", ringed)),
            Map.entry("how-good/1", ringed -> type("setting-horizonSlots", "1", ringed)));

    @ParameterizedTest
    @CsvSource({"1280, 720, false", "1024, 768, false", "1280, 720, true", "1024, 768, true"})
    void everyStepOfEveryLessonRingsWhatShowsAndItsTaskIsMetByWhatItDescribes(int width, int height,
                                                                               boolean presentation) {
        runFx(() -> {
            vm().presentationProperty().set(presentation);
            // Full screen is the presentation's; the projector's size is this test's.
            window.stage().setFullScreen(false);
            window.stage().setWidth(width);
            window.stage().setHeight(height);
        });
        // Each lesson after the first replaces the edits the one before made: drop them when asked.
        for (int i = 0; i < 10; i++) {
            services.prompt.answers.add(UnsavedChangesPrompt.Answer.DISCARD);
        }
        List<String> walked = new ArrayList<>();
        for (Lesson lesson : invoke(() -> vm().lessons().builtIn())) {
            runFx(() -> vm().lessons().open(lesson));
            for (int i = 0; i < lesson.steps().size(); i++) {
                String where = lesson.id() + "/" + i;
                waitUntil(() -> !vm().runs().busyProperty().get());
                List<Node> ringed = ringed(where);
                LessonStep step = lesson.steps().get(i);
                if (step.hasTask()) {
                    walkTask(where, ringed);
                }
                walked.add(where);
                if (i + 1 < lesson.steps().size()) {
                    runFx(() -> vm().lessons().next());
                }
            }
            runFx(() -> vm().lessons().close());
            if (presentation) {
                assertTrue(invoke(() -> window.scene().getRoot().lookup("#component-bounds") == null),
                        lesson.id() + ": closed, the lesson leaves the editors put away in presentation mode");
                assertNotNull(invoke(() -> window.scene().getRoot().lookup("#inspector")),
                        lesson.id() + ": closed, the lesson gives the inspector back in presentation mode");
                assertTrue(invoke(() -> window.scene().getRoot().lookup("#curve-editor") == null),
                        lesson.id() + ": closed, the lesson folds the curve editor it showed in presentation mode");
            }
        }
        assertTrue(walked.containsAll(actions.keySet()), "every task was walked: " + walked);
    }

    /** The step's ringed controls, each checked to be ringed, showing and inside the window. */
    private List<Node> ringed(String where) {
        List<String> ids = invoke(() -> vm().lessons().highlightProperty().get());
        assertTrue(!ids.isEmpty(), where + " rings something");
        List<Node> nodes = new ArrayList<>();
        for (String id : ids) {
            // One FX call per control: each call waits for the FX thread to settle, which is most of this walk's time.
            RingState state = invoke(() -> {
                Node n = window.scene().getRoot().lookup("#" + id);
                return n == null ? null : new RingState(n, n.getPseudoClassStates().toString().contains("lesson-target"),
                        showing(n), insideWindow(n), bounds(n) + scrolls(n));
            });
            assertNotNull(state, where + ": #" + id + " is on screen (not in the toolbar's overflow, say)");
            String at = where + ": #" + id;
            assertTrue(state.ringed, at + " ringed");
            assertTrue(state.showing, at + " is showing");
            assertTrue(state.inside, at + " is inside the window: " + state.where);
            nodes.add(state.node);
        }
        return nodes;
    }

    /** What the walk checks of one ringed control, read in one FX call. */
    private record RingState(Node node, boolean ringed, boolean showing, boolean inside, String where) {
    }

    private void walkTask(String where, List<Node> ringed) {
        Consumer<List<Node>> action = actions.get(where);
        assertNotNull(action, where + " has a task: this test needs the action its text describes");
        assertTrue(!invoke(() -> vm().lessons().doneProperty().get()), where + " is not done before the action");
        List<Node> charts = ringed.stream().filter(n -> n.getId().startsWith("chart-")
                || n.getId().equals("curve-editor")).toList();
        assertTrue(!charts.isEmpty(), where + " rings a chart to watch");
        List<Image> before = charts.stream().map(this::snapshot).toList();

        action.accept(ringed);

        waitUntil(() -> !vm().runs().busyProperty().get() && vm().lessons().doneProperty().get());
        boolean changed = false;
        for (int c = 0; c < charts.size(); c++) {
            changed |= differ(before.get(c), snapshot(charts.get(c)));
        }
        assertTrue(changed, where + ": the task changed a ringed chart (" + charts.stream().map(Node::getId).toList()
                + ")");
    }

    private void type(String id, String text, List<Node> ringed) {
        TextField field = lookup("#" + id).queryAs(TextField.class);
        assertTrue(invoke(() -> ringed.stream().anyMatch(r -> within(field, r))), "#" + id + " is ringed");
        type(field, text);
    }

    @SuppressWarnings("unchecked")
    private void choosePolicy(String name, List<Node> ringed) {
        ComboBox<PolicyChoice> box = lookup("#policy").queryAs(ComboBox.class);
        assertTrue(ringed.contains(box), "the policy box is ringed");
        click(box);
        // The list is a popup, a window of its own: looked up across windows.
        Node cell = robot.lookup(".list-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> c
                && c.getItem() instanceof PolicyChoice p && p.name().equals(name)).query();
        click(cell);
        assertTrue(invoke(() -> vm().model().scenario().policy().equals(name)), "chose " + name);
    }

    /** Presses on a curve point and drags it up to the top of the plot, where the editor's drag stops. */
    private void dragToTheTop(int point, List<Node> ringed) {
        CurveEditor editor = lookup("#curve-editor").queryAs(CurveEditor.class);
        assertTrue(ringed.contains(editor), "the curve editor is ringed");
        ChartGeometry g = invoke(() -> ((CurveEditorSkin) editor.getSkin()).geometry().orElseThrow());
        double value = invoke(() -> vm().model().scenario().intensity()[point]);
        Node canvas = invoke(() -> editor.getChildrenUnmodifiable().get(0));
        Point2D from = invoke(() -> canvas.localToScreen(g.frame().x(point), g.y(AxisSide.LEFT, value)));
        Point2D to = invoke(() -> canvas.localToScreen(g.frame().x(point), g.frame().top() - 20));
        robot.moveTo(from).press(MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);
    }

    private Image snapshot(Node n) {
        return invoke(() -> n.snapshot(null, null));
    }

    private static boolean differ(Image a, Image b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return true;
        }
        PixelReader pa = a.getPixelReader();
        PixelReader pb = b.getPixelReader();
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                if (pa.getArgb(x, y) != pb.getArgb(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean within(Node n, Node around) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p == around) {
                return true;
            }
        }
        return false;
    }

    private static boolean showing(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null && n.getScene().getWindow().isShowing();
    }

    /** The scroll panes around {@code n}: where each shows, its content's height and how far it is scrolled. */
    private static String scrolls(Node n) {
        StringBuilder b = new StringBuilder();
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane sp) {
                b.append("; in ").append(sp.getId()).append(" at ").append(bounds(sp)).append(" content ")
                        .append(sp.getContent().getLayoutBounds().getHeight()).append(" scrolled ")
                        .append(sp.getVvalue());
            }
        }
        return b.toString();
    }

    private static Bounds bounds(Node n) {
        return n.localToScene(n.getLayoutBounds());
    }

    /**
     * Whether the whole control lies in the window and its middle in every scroll pane around it, so a ring
     * the learner is told to look at is on screen rather than scrolled away.
     */
    private static boolean insideWindow(Node n) {
        Bounds b = bounds(n);
        double w = n.getScene().getWidth();
        double h = n.getScene().getHeight();
        if (b.getMinX() < -0.5 || b.getMinY() < -0.5 || b.getMaxX() > w + 0.5 || b.getMaxY() > h + 0.5) {
            return false;
        }
        double midY = (b.getMinY() + b.getMaxY()) / 2;
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane sp) {
                Bounds view = sp.localToScene(sp.getLayoutBounds());
                if (midY < view.getMinY() || midY > view.getMaxY()) {
                    return false;
                }
            }
        }
        return true;
    }
}
