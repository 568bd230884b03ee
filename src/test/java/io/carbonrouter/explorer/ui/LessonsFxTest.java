package io.carbonrouter.explorer.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LessonsFxTest extends ExplorerFxTestBase {

    @Test
    void givenTheCreditLedgerLessonWhenItsFirstTaskIsDoneThenThePanelMarksItDone() {
        open("credit-ledger");
        click(lookup("#next").queryButton());
        Label task = lookup(".lesson-task").queryAs(Label.class);
        Node target = lookup("#setting-targetError").query();
        assertTrue(invoke(() -> target.getPseudoClassStates().toString().contains("lesson-target")));
        assertTrue(invoke(task::getText).startsWith("Your turn: Lower the target error"));
        assertEquals("Step 2 of 3", invoke(() -> lookup(".lesson-count").queryAs(Label.class).getText()));

        type(lookup("#setting-targetError").queryAs(TextField.class), "0.04");

        waitUntil(() -> task.getText().startsWith("✓ Done"));
        assertTrue(invoke(() -> task.getPseudoClassStates().toString().contains("done")));
        assertFalse(invoke(() -> lookup("#chart-precision").query().getPseudoClassStates().toString()
                .contains("lesson-target")));
    }

    @Test
    void givenAStepThatPointsAtAChartBelowTheFoldAt1280x720ThenTheResultsScrollItIntoView() {
        size(1280, 720);
        Node chart = lookup("#chart-balance").query();
        ScrollPane results = lookup("#scroll").queryAs(ScrollPane.class);
        assertFalse(invoke(() -> inView(results, chart)), "the balance chart starts below the fold");

        open("credit-ledger");

        assertTrue(invoke(() -> chart.getPseudoClassStates().toString().contains("lesson-target")));
        assertTrue(invoke(() -> inView(results, chart)), "the ringed balance chart is scrolled into view");
    }

    @Test
    void givenAStepThatRingsAChartTheCurvesCrowdOutAt1280x720ThenTheCurvesFoldUntilTheLessonCloses() {
        size(1280, 720);
        Node chart = lookup("#chart-balance").query();
        ScrollPane results = lookup("#scroll").queryAs(ScrollPane.class);

        open("credit-ledger");

        assertFalse(invoke(() -> vm().curvesShownProperty().get()), "the curve editor folds for the balance chart");
        assertTrue(invoke(() -> inView(results, chart)));
        runFx(() -> vm().lessons().close());
        assertTrue(invoke(() -> vm().curvesShownProperty().get()), "closing the lesson unfolds the curve editor");
    }

    @Test
    void givenAStepWhoseTaskDragsTheCurveAt1280x720ThenTheCurveEditorStaysShownAndRinged() {
        size(1280, 720);

        open("throttling");

        assertTrue(invoke(() -> vm().curvesShownProperty().get()), "the task drags a point of the curve");
        assertTrue(invoke(() -> lookup("#curve-editor").query().getPseudoClassStates().toString()
                .contains("lesson-target")));
    }

    @Test
    void givenTheCurvesFoldedAwayWhenAStepRingsTheCurveEditorThenItUnfolds() {
        runFx(() -> vm().curvesShownProperty().set(false));

        open("throttling");

        assertTrue(invoke(() -> vm().curvesShownProperty().get()), "the ringed curve editor is shown");
    }

    @Test
    void givenA1024PxWindowThenTheLessonTitleWrapsWholeBesideItsButtons() {
        size(1024, 768);

        open("credit-ledger");

        TextFlow title = lookup(".lesson-header .text-flow").queryAs(TextFlow.class);
        Node close = lookup("#closeLesson").query();
        Node panel = lookup(".lesson-panel").query();
        assertTrue(invoke(() -> title.getHeight() >= title.prefHeight(title.getWidth()) - 0.5),
                "the whole title shows: " + invoke(title::getHeight) + " px of "
                        + invoke(() -> title.prefHeight(title.getWidth())));
        assertTrue(invoke(() -> title.getHeight() > 1.5 * title.prefHeight(-1)), "it wraps onto a second line");
        assertTrue(invoke(() -> close.localToScene(close.getBoundsInLocal()).getMaxX()
                <= panel.localToScene(panel.getBoundsInLocal()).getMaxX()), "Close is on the panel");
    }

    private void size(double w, double h) {
        runFx(() -> {
            window.stage().setWidth(w);
            window.stage().setHeight(h);
        });
    }

    /** Opens a built-in lesson from the toolbar's Lessons menu. */
    private void open(String lesson) {
        MenuButton menu = lookup("#lessons").queryAs(MenuButton.class);
        runFx(() -> menu.getItems().stream().filter(i -> ("lesson-" + lesson).equals(i.getId()))
                .findFirst().ifPresent(MenuItem::fire));
    }

    private static boolean inView(ScrollPane pane, Node n) {
        Bounds view = pane.localToScene(pane.getLayoutBounds());
        Bounds b = n.localToScene(n.getBoundsInLocal());
        return b.getMinY() >= view.getMinY() - 0.5 && b.getMaxY() <= view.getMaxY() + 0.5;
    }
}
