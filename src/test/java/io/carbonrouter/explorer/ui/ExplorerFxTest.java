package io.carbonrouter.explorer.ui;

import io.carbonrouter.explorer.ui.chart.ChartData;
import io.carbonrouter.explorer.ui.chart.ChartSeries;
import io.carbonrouter.explorer.ui.chart.CurveEditor;
import io.carbonrouter.explorer.ui.form.FieldBinding;
import io.carbonrouter.explorer.ui.run.RunOutcome;
import io.carbonrouter.explorer.ui.service.AppSettings;
import io.carbonrouter.explorer.ui.service.UnsavedChangesPrompt;
import javafx.geometry.Bounds;
import javafx.scene.Cursor;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.testfx.robot.Motion;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExplorerFxTest extends ExplorerFxTestBase {

    private double[] weightsOf(String flavour) {
        ChartData data = invoke(() -> chart("chart-weights").getData());
        ChartSeries series = data.series().stream().filter(s -> s.name().equals(flavour)).findFirst().orElseThrow();
        double[] values = new double[data.steps()];
        for (int t = 0; t < values.length; t++) {
            values[t] = series.valueAt(t);
        }
        return values;
    }

    /** The table's text fields of one column, top row first. */
    private List<TextField> cells(String column) {
        return lookup(".cell-field." + column).queryAllAs(TextField.class).stream()
                .filter(f -> f.isVisible() && !f.getText().isEmpty())
                .sorted(Comparator.comparingDouble(f -> f.localToScreen(0, 0).getY())).toList();
    }

    @Test
    void givenTheAppThenItStartsOnTheSampleWithEveryChartDrawn() {
        assertTrue(invoke(() -> window.stage().getTitle()).contains("Policy Explorer"));
        assertTrue(invoke(() -> window.stage().getTitle()).contains("UK winter weekday"));
        for (String id : List.of("chart-weights", "chart-precision", "chart-balance", "chart-throttle",
                "chart-emissions")) {
            ChartData data = invoke(() -> chart(id).getData());
            assertEquals(144, data.steps(), id);
            assertFalse(data.series().isEmpty(), id);
            for (ChartSeries s : data.series()) {
                assertTrue(Double.isFinite(s.valueAt(143)), id + " " + s.name());
            }
        }
        assertTrue(invoke(() -> lookup(".run-info").queryAs(Label.class).getText()).contains("144 steps"));
    }

    @Test
    void givenAPrecisionTypedIntoTheTableThenTheWeightsSeriesChanges() {
        double[] before = weightsOf("precision-50");
        TextField precision = cells("precision").get(1);
        assertEquals("50", precision.getText());

        type(precision, "70");

        assertEquals(0.7, scenario().flavours().get(1).precision(), 1e-12);
        double[] after = weightsOf("precision-50");
        assertFalse(java.util.Arrays.equals(before, after), "the weights of precision-50 moved");
        assertTrue(invoke(() -> window.stage().getTitle()).endsWith(" *"));
    }

    @Test
    void givenRefusedTextInACellThenItStaysVisibleAndFlagged() {
        TextField carbon = cells("carbon").get(0);

        type(carbon, "-3");

        assertEquals("-3", invoke(carbon::getText));
        assertTrue(invoke(() -> carbon.getPseudoClassStates().contains(FieldBinding.INVALID)));
        assertEquals(1.0, scenario().flavours().get(0).carbonIntensity());
        Label error = lookup(".field-error").queryAs(Label.class);
        assertTrue(invoke(error::isVisible));
        assertTrue(invoke(error::getText).contains("at least 0"), invoke(error::getText));
    }

    @Test
    void givenEveryFlavourDisabledThenTheBannerShowsAndTheLastRunStays() {
        List<CheckBox> boxes = lookup(".enabled-cell .check-box").queryAllAs(CheckBox.class).stream()
                .filter(CheckBox::isVisible)
                .sorted(Comparator.comparingDouble(b -> b.localToScreen(0, 0).getY())).toList();
        assertEquals(3, boxes.size());
        click(boxes.get(0));
        click(boxes.get(1));
        ChartData lastValid = invoke(() -> chart("chart-weights").getData());

        click(boxes.get(2));

        Label banner = lookup(".banner").queryAs(Label.class);
        assertTrue(invoke(banner::isVisible));
        assertTrue(invoke(banner::getText).contains("no flavours enabled"), invoke(banner::getText));
        assertSame(lastValid, invoke(() -> chart("chart-weights").getData()));
        assertTrue(invoke(() -> lookup("#play").queryButton().isDisabled()));
    }

    @Test
    void givenACurvePointDraggedThenTheIntensityAndTheRunChange() {
        CurveEditor editor = lookup("#curve-editor").queryAs(CurveEditor.class);
        double[] before = scenario().intensity();
        RunOutcome runBefore = invoke(() -> vm().runs().outcomeProperty().get());

        grabAPoint(editor);
        robot.press(MouseButton.PRIMARY).moveBy(0, -15).moveBy(0, -15).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        double[] after = scenario().intensity();
        int changed = 0;
        for (int i = 0; i < before.length; i++) {
            if (before[i] != after[i]) {
                changed++;
                assertTrue(after[i] > before[i], "point " + i + " went up");
            }
        }
        assertEquals(1, changed, "one point moved");
        RunOutcome runAfter = invoke(() -> vm().runs().outcomeProperty().get());
        assertNotEquals(runBefore, runAfter);
        assertArrayEquals(after, runAfter.scenario().intensity());
        runFx(() -> vm().document().undo());
        assertArrayEquals(before, scenario().intensity(), "the whole drag is one undo step");
    }

    /** Moves down the middle of the editor until the pointer says a point can be grabbed, as a user would. */
    private void grabAPoint(CurveEditor editor) {
        Bounds b = invoke(() -> editor.localToScreen(editor.getBoundsInLocal()));
        double x = b.getMinX() + b.getWidth() * 0.5;
        // A point grabs within 8 px and sits at most half a step (a few px) beside this column: a 10 px stride
        // down the column cannot pass it by.
        for (double y = b.getMinY() + 2; y < b.getMaxY(); y += 10) {
            robot.moveTo(new javafx.geometry.Point2D(x, y), Motion.DIRECT);
            if (invoke(editor::getCursor) == Cursor.V_RESIZE) {
                return;
            }
        }
        throw new AssertionError("no curve point found under x=" + x);
    }

    @Test
    void givenPlayThenPauseThenTheCursorAdvancedAndThenStays() {
        assertEquals(0, cursor());

        click(lookup("#play").queryButton());
        waitUntil(() -> vm().timeline().cursorProperty().get() >= 3);
        click(lookup("#play").queryButton());

        int paused = cursor();
        assertFalse(invoke(() -> vm().playback().isPlaying()));
        for (int i = 0; i < 5; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertEquals(paused, cursor());
        assertEquals(144, (int) invoke(() -> vm().runs().outcomeProperty().get().run().steps()),
                "playing moved the cursor over the computed run and kept every step of it");
        assertTrue(invoke(() -> vm().status().runInfoProperty().get().startsWith("last run ")));
    }

    @Test
    void givenTheRightArrowThenTheCursorStepsOn() {
        clickPlot(chart("chart-weights"));
        int at = cursor();
        assertTrue(at > 10, "the click put the cursor mid-chart, at " + at);

        robot.push(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(at + 1, cursor());
        robot.push(KeyCode.LEFT);
        robot.push(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(at - 1, cursor());
    }

    @Test
    void givenAnEditWhenUndoneWithCtrlZThenTheScenarioAndTheFieldAreRestored() {
        TextField target = lookup("#setting-targetError").queryAs(TextField.class);
        type(target, "0.3");
        assertEquals(0.3, scenario().config().targetError(), 1e-12);

        // The weights chart heads the scrolling results, so the click lands on it and takes the focus from the field.
        clickPlot(chart("chart-weights"));
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(0.15, scenario().config().targetError(), 1e-12);
        assertEquals("0.15", invoke(target::getText));
        assertEquals(85, invoke(() -> chart("chart-precision").getData().lines().get(0).value()), 1e-9);
        assertFalse(invoke(() -> window.stage().getTitle()).endsWith("*"));
    }

    @Test
    void givenUnsavedEditsWhenClosingThenThePromptDecidesAndTheWindowIsRemembered() {
        type(lookup("#setting-targetError").queryAs(TextField.class), "0.3");
        services.prompt.answers.add(UnsavedChangesPrompt.Answer.CANCEL);
        services.prompt.answers.add(UnsavedChangesPrompt.Answer.DISCARD);

        assertFalse(invoke(() -> window.close()), "Cancel keeps the window open");
        assertTrue(invoke(() -> window.close()), "Discard lets it close");

        assertEquals(2, services.prompt.asked);
        AppSettings.WindowBounds saved = AppSettings.load(home.resolve("settings.properties")).window().orElseThrow();
        assertEquals(invoke(() -> window.stage().getWidth()), saved.width());
    }
}
