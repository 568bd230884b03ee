package io.carbonrouter.explorer.ui;

import io.carbonrouter.explorer.ui.common.StandardAction;
import io.carbonrouter.explorer.ui.common.Theme;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitMenuButton;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The toolbar is built from the declared actions, and their keys work on the window. */
class ActionsFxTest extends ExplorerFxTestBase {

    @Test
    void givenTheWindowThenToolbarButtonsShowTheDeclaredTooltips() {
        Button compare = lookup("#compare").queryButton();
        Button step = lookup("#step").queryButton();

        assertEquals(StandardAction.COMPARE.tooltip(), invoke(() -> compare.getTooltip().getText()));
        assertEquals(StandardAction.STEP.tooltip(), invoke(() -> step.getTooltip().getText()));
        assertEquals("Step forward (→): computes the next step of a paused playback",
                StandardAction.STEP.tooltip());
    }

    @Test
    void givenTheExportButtonThenItsMenuIsTheDeclaredExportsThenTheGifRecording() {
        SplitMenuButton export = lookup("#export").queryAs(SplitMenuButton.class);

        List<String> items = invoke(() -> export.getItems().stream().map(MenuItem::getText).toList());

        assertEquals(List.of(StandardAction.EXPORT_SCHEDULE.text(), "", StandardAction.EXPORT_CSV.text(),
                StandardAction.EXPORT_JSON.text(), StandardAction.EXPORT_CHARTS.text(), "Playback as GIF…"),
                items.stream().map(t -> t == null ? "" : t).toList());
    }

    @Test
    void givenTheContrastToggleThenTheHighContrastStylesheetAppliesAndTheSettingsRememberIt() {
        ToggleButton contrast = lookup("#contrast").queryAs(ToggleButton.class);

        runFx(contrast::fire);

        assertTrue(invoke(() -> window.scene().getStylesheets().contains(Theme.HIGH_CONTRAST)));
        assertTrue(services.settings.highContrast());
        runFx(contrast::fire);
        assertFalse(invoke(() -> window.scene().getStylesheets().contains(Theme.HIGH_CONTRAST)));
        assertFalse(services.settings.highContrast());
    }

    @Test
    void givenCtrlMThenTheCompareWindowOpensAndEscapeClosesIt() {
        robot.push(KeyCode.CONTROL, KeyCode.M);

        Stage stage = invoke(() -> window.analysis().compareStage());
        assertTrue(invoke(stage::isShowing));
        robot.push(KeyCode.ESCAPE);
        assertFalse(invoke(stage::isShowing));
    }
}
