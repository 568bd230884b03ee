package io.carbonrouter.explorer.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
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
}
