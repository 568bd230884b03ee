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
        MenuButton menu = lookup("#lessons").queryAs(MenuButton.class);
        runFx(() -> menu.getItems().stream().filter(i -> "lesson-credit-ledger".equals(i.getId()))
                .findFirst().ifPresent(MenuItem::fire));
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
        runFx(() -> {
            window.stage().setWidth(1280);
            window.stage().setHeight(720);
        });
        Node chart = lookup("#chart-balance").query();
        ScrollPane results = lookup("#scroll").queryAs(ScrollPane.class);
        assertFalse(invoke(() -> inView(results, chart)), "the balance chart starts below the fold");
        MenuButton menu = lookup("#lessons").queryAs(MenuButton.class);

        runFx(() -> menu.getItems().stream().filter(i -> "lesson-credit-ledger".equals(i.getId()))
                .findFirst().ifPresent(MenuItem::fire));

        assertTrue(invoke(() -> chart.getPseudoClassStates().toString().contains("lesson-target")));
        assertTrue(invoke(() -> inView(results, chart)), "the ringed balance chart is scrolled into view");
    }

    @Test
    void givenA1024PxWindowThenTheLessonTitleWrapsWholeBesideItsButtons() {
        runFx(() -> {
            window.stage().setWidth(1024);
            window.stage().setHeight(768);
        });
        MenuButton menu = lookup("#lessons").queryAs(MenuButton.class);

        runFx(() -> menu.getItems().stream().filter(i -> "lesson-credit-ledger".equals(i.getId()))
                .findFirst().ifPresent(MenuItem::fire));

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

    private static boolean inView(ScrollPane pane, Node n) {
        Bounds view = pane.localToScene(pane.getLayoutBounds());
        Bounds b = n.localToScene(n.getBoundsInLocal());
        return b.getMinY() >= view.getMinY() - 0.5 && b.getMaxY() <= view.getMaxY() + 0.5;
    }
}
