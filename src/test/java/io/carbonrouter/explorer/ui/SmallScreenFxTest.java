package io.carbonrouter.explorer.ui;

import io.carbonrouter.explorer.ui.chart.CurveEditor;
import io.carbonrouter.explorer.ui.chart.TimeSeriesChart;
import io.carbonrouter.explorer.ui.chart.skin.CurveEditorSkin;
import io.carbonrouter.explorer.ui.chart.skin.ChartGeometry;
import io.carbonrouter.explorer.ui.chart.skin.TimeSeriesChartSkin;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.layout.GridPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On a 1280x720 projector and a 1024x768 laptop every result chart and the curve editor keep a readable plot, in
 * normal and in presentation mode, with a lesson open or not.
 */
class SmallScreenFxTest extends ExplorerFxTestBase {

    private static final List<String> CHARTS = List.of("chart-weights", "chart-precision", "chart-balance",
            "chart-throttle", "chart-emissions");

    private void size(double w, double h) {
        runFx(() -> {
            window.stage().setFullScreen(false);
            window.stage().setWidth(w);
            window.stage().setHeight(h);
        });
    }

    private void assertReadable(String mode) {
        for (String id : CHARTS) {
            TimeSeriesChart chart = chart(id);
            waitUntil(() -> ((TimeSeriesChartSkin) chart.getSkin()).geometry().isPresent());
            ChartGeometry g = invoke(() -> ((TimeSeriesChartSkin) chart.getSkin()).geometry().orElseThrow());
            assertTrue(g.frame().height() >= 120, mode + " " + id + " plot is " + g.frame().height() + " px tall");
            assertTrue(g.left().ticks().length >= 3, mode + " " + id + " has " + g.left().ticks().length + " ticks");
        }
    }

    /**
     * The curve editor shows a plot at least 120 px tall with three value ticks, or it is folded away on purpose
     * and the results' Curves toggle, on screen, brings it back.
     */
    private void assertCurvesReadable(String mode) {
        if (!invoke(() -> vm().curvesShownProperty().get())) {
            ToggleButton toggle = lookup(".charts-header .toggle-button").queryAll().stream()
                    .map(ToggleButton.class::cast).filter(b -> b.getText().equals("Curves")).findFirst().orElseThrow();
            assertTrue(invoke(() -> toggle.isVisible() && toggle.getScene() != null && !toggle.isSelected()
                    && toggle.getWidth() >= toggle.prefWidth(-1) - 0.5), mode + ": the Curves toggle is not shown");
            return;
        }
        CurveEditor editor = lookup("#curve-editor").queryAs(CurveEditor.class);
        waitUntil(() -> editor.getSkin() instanceof CurveEditorSkin s && s.geometry().isPresent());
        ChartGeometry g = invoke(() -> {
            editor.getScene().getRoot().applyCss();
            editor.getScene().getRoot().layout();
            return ((CurveEditorSkin) editor.getSkin()).geometry().orElseThrow();
        });
        assertTrue(g.frame().height() >= 120, mode + ": the curve editor's plot is " + g.frame().height() + " px tall");
        assertTrue(g.left().ticks().length >= 3, mode + ": the curve editor has " + g.left().ticks().length + " ticks");
        Bounds shown = invoke(() -> editor.localToScene(editor.getLayoutBounds()));
        Bounds centre = invoke(() -> {
            SplitPane split = lookup(".centre-split").queryAs(SplitPane.class);
            return split.localToScene(split.getLayoutBounds());
        });
        assertTrue(shown.getMaxY() <= centre.getMaxY() + 0.5 && shown.getMinY() >= centre.getMinY() - 0.5,
                mode + ": the curve editor runs out of the centre (" + shown + " in " + centre + ")");
    }

    /**
     * Every toolbar item is on the bar (none in its overflow menu) with its full width, so no label is cut; with
     * {@code words}, every button that has words shows them (under or beside its icon), not its icon alone.
     */
    private void assertToolbarFits(String mode, boolean words) {
        ToolBar bar = lookup(".main-toolbar").queryAs(ToolBar.class);
        invoke(() -> {
            bar.applyCss();
            bar.layout();
            return null;
        });
        // Read in one FX call: each call waits for the FX thread to settle, and a toolbar has some twenty items.
        List<ItemState> items = invoke(() -> {
            Bounds barBounds = bar.localToScene(bar.getBoundsInLocal());
            String styles = List.copyOf(bar.getStyleClass()).toString();
            List<ItemState> states = new java.util.ArrayList<>();
            for (Node item : bar.getItems()) {
                if (!item.isVisible()) {
                    continue;
                }
                Bounds b = item.localToScene(item.getBoundsInLocal());
                String name = item.getId() != null ? item.getId()
                        : item instanceof Labeled l ? l.getText() : item.getClass().getSimpleName();
                boolean iconAlone = item instanceof ButtonBase button && !button.getText().isEmpty()
                        && button.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY;
                states.add(new ItemState(name, item.getScene() != null && b.getMaxX() <= barBounds.getMaxX() + 0.5,
                        b.getMaxX(), barBounds.getMaxX(), b.getWidth(), item.prefWidth(-1), iconAlone, styles));
            }
            return states;
        });
        for (ItemState item : items) {
            assertTrue(item.onBar, mode + ": " + item.name + " is off the toolbar (ends at " + item.maxX + " of "
                    + item.barMaxX + ", " + item.styles + ")");
            assertTrue(item.width >= item.prefWidth - 0.5,
                    mode + ": " + item.name + " is " + item.width + " px wide, needs " + item.prefWidth);
            if (words) {
                assertTrue(!item.iconAlone, mode + ": " + item.name + " shows its icon alone (" + item.styles + ")");
            }
        }
    }

    /** What the toolbar check reads of one visible item. */
    private record ItemState(String name, boolean onBar, double maxX, double barMaxX, double width, double prefWidth,
                             boolean iconAlone, String styles) {
    }

    @Test
    void givenA1280x720WindowThenTheWholeToolbarFitsWithTheButtonsWords() {
        size(1280, 720);

        assertToolbarFits("normal 1280x720", true);
        ToolBar bar = lookup(".main-toolbar").queryAs(ToolBar.class);
        List<String> shown = invoke(() -> bar.getItems().stream().filter(Node::isVisible)
                .filter(n -> n instanceof ButtonBase).map(n -> ((ButtonBase) n).getText()).toList());
        assertTrue(shown.containsAll(List.of("Open", "Save", "Samples", "Lessons", "Compare", "Present", "Export")),
                "normal 1280x720: the toolbar's words are " + shown);
    }

    /** Opens the built-in lesson with the longest first step, the one that crowded the curve editor. */
    private void openLesson() {
        runFx(() -> vm().lessons().open(vm().lessons().builtIn().get(1)));
        waitUntil(() -> lookup(".lesson-panel").queryAs(Node.class).isVisible());
    }

    private void assertCurvesReadableAt(double w, double h) {
        String size = (int) w + "x" + (int) h;
        size(w, h);
        assertCurvesReadable("normal " + size);
        openLesson();
        size(w, h);
        assertCurvesReadable("normal " + size + " with a lesson");
        assertReadable("normal " + size + " with a lesson");
        runFx(() -> vm().curvesShownProperty().set(true));
        assertCurvesReadable("normal " + size + " with a lesson and the curves shown");
        runFx(() -> vm().presentationProperty().set(true));
        size(w, h);
        assertCurvesReadable("presentation " + size + " with a lesson");
        runFx(() -> vm().curvesShownProperty().set(true));
        assertCurvesReadable("presentation " + size + " with a lesson and the curves shown");
        runFx(() -> vm().lessons().close());
        size(w, h);
        assertCurvesReadable("presentation " + size + " with the curves shown");
    }

    @Test
    void givenA1024x768WindowThenTheCurveEditorKeepsAReadablePlotWithAndWithoutALesson() {
        assertCurvesReadableAt(1024, 768);
    }

    @Test
    void givenA1280x720WindowThenTheCurveEditorKeepsAReadablePlotWithAndWithoutALesson() {
        assertCurvesReadableAt(1280, 720);
    }

    @Test
    void givenPresentationModeAt1280x720ThenTheWholeToolbarFitsUncut() {
        runFx(() -> vm().presentationProperty().set(true));
        size(1280, 720);

        assertToolbarFits("presentation 1280x720", true);
    }

    @Test
    void givenA1024x768WindowThenTheToolbarFitsAndEveryPlotIsReadable() {
        size(1024, 768);

        assertToolbarFits("normal 1024x768", true);
        assertReadable("normal 1024x768");
        runFx(() -> vm().presentationProperty().set(true));
        size(1024, 768);
        assertToolbarFits("presentation 1024x768", false);
    }

    @Test
    void givenALongPolicyNameAt1024x768ThenTheInspectorShowsItWholeOnOneLineUnderItsName() {
        size(1024, 768);
        runFx(() -> vm().model().edit("policy", sc -> sc.withPolicy("forecast-aware-global")));

        waitUntil(() -> lookup(".inspector-value").queryAll().stream()
                .anyMatch(n -> ((Label) n).getText().equals("forecast-aware-global")));
        Label value = (Label) lookup(".inspector-value").queryAll().stream()
                .filter(n -> ((Label) n).getText().equals("forecast-aware-global")).findFirst().orElseThrow();
        Label step = (Label) lookup(".inspector-value").queryAll().stream()
                .filter(n -> ((Label) n).getText().startsWith("1 of ")).findFirst().orElseThrow();
        assertTrue(invoke(() -> GridPane.getColumnSpan(value)) == 2, "the policy has a line of its own");
        double oneLine = invoke(step::getHeight);
        assertTrue(invoke(value::getHeight) < oneLine * 1.5,
                "forecast-aware-global wraps: " + invoke(value::getHeight) + " px tall, one line is " + oneLine);
        assertTrue(invoke(() -> value.getWidth() >= value.prefWidth(-1) - 0.5), "the policy name is cut");
    }

    @Test
    void givenA1280x720WindowThenEveryPlotIsAtLeast120PxTallWithThreeTicks() {
        size(1280, 720);

        assertReadable("normal");
    }

    @Test
    void givenPresentationModeAt1280x720ThenEveryPlotIsAtLeast120PxTallAndTheCurvesFoldAway() {
        SplitPane centre = lookup(".centre-split").queryAs(SplitPane.class);
        runFx(() -> vm().presentationProperty().set(true));
        assertTrue(invoke(() -> window.stage().isFullScreen()), "presentation is full screen");
        size(1280, 720);

        assertReadable("presentation");
        assertTrue(invoke(() -> centre.getItems().size()) == 1, "the curve editor folds away");
        runFx(() -> vm().curvesShownProperty().set(true));
        assertReadable("presentation with curves");
        runFx(() -> vm().presentationProperty().set(false));
        assertFalse(invoke(() -> window.stage().isFullScreen()));
    }
}
