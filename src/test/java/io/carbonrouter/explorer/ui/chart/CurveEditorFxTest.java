package io.carbonrouter.explorer.ui.chart;

import io.carbonrouter.explorer.ui.chart.skin.ChartGeometry;
import io.carbonrouter.explorer.ui.chart.skin.CurveEditorSkin;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class CurveEditorFxTest {

    private static final double[] CURVE = {100, 110, 120, 130, 140, 150, 160, 170, 180, 190, 200, 190, 180, 170};
    private final List<double[]> finished = new ArrayList<>();
    private CurveEditor editor;

    @Start
    void start(Stage stage) {
        editor = new CurveEditor();
        editor.setTitle("Carbon intensity");
        editor.setUnit("gCO2/kWh");
        editor.setValues(CURVE.clone());
        editor.setOnEditFinished(finished::add);
        stage.setScene(new Scene(new StackPane(editor), 640, 300));
        stage.show();
    }

    @Test
    void givenAPointWhenDraggedUpThenOnlyItsValueRisesAndTheEditFinishesOnce(FxRobot robot) throws Exception {
        double[] given = ChartFx.call(editor::getValues);

        robot.drag(point(5, 150), MouseButton.PRIMARY).moveBy(0, -20).moveBy(0, -20).release(MouseButton.PRIMARY);

        double[] after = ChartFx.call(editor::getValues);
        assertTrue(after[5] > 170, "step 5 rose to " + after[5]);
        for (int i = 0; i < CURVE.length; i++) {
            if (i != 5) {
                assertEquals(CURVE[i], after[i], "step " + i);
            }
        }
        assertArrayEquals(CURVE, given, "the array the editor was given is left alone");
        assertEquals(1, finished.size());
        assertSame(after, finished.get(0));
    }

    @Test
    void givenAPointDraggedAboveTheAxisThenItStopsAtTheTopAndTheAxisGrowsOnRelease(FxRobot robot)
            throws Exception {
        assertEquals(250, axisMax(), "200 and 20% headroom, rounded up to a tick");

        robot.drag(point(10, 200), MouseButton.PRIMARY).moveBy(0, -150);

        assertEquals(250, ChartFx.call(editor::getValues)[10], "held at the top of the axis while dragging");
        assertEquals(250, axisMax(), "the axis keeps still while dragging");

        robot.release(MouseButton.PRIMARY);

        assertEquals(300, axisMax(), "refitted to 250 and headroom on release");
        assertEquals(1, finished.size());
    }

    @Test
    void givenDrawModeWhenDraggingFastAcrossStepsThenEveryStepOnThePathIsSet(FxRobot robot) throws Exception {
        ChartFx.call(() -> {
            editor.setMode(EditMode.DRAW);
            return null;
        });

        robot.moveTo(point(3, 50)).press(MouseButton.PRIMARY);
        // One jump from step 3 to step 9: the editor must fill the steps it skipped.
        robot.robotContext().getMouseRobot().moveNoWait(point(9, 50));
        robot.release(MouseButton.PRIMARY);

        double[] after = ChartFx.call(editor::getValues);
        for (int i = 0; i < CURVE.length; i++) {
            if (i >= 3 && i <= 9) {
                assertEquals(50, after[i], 3, "step " + i);
            } else {
                assertEquals(CURVE[i], after[i], "step " + i);
            }
        }
        assertEquals(1, finished.size());
    }

    @Test
    void givenASelectedPointWhenArrowKeysArePressedThenTheSelectionMovesAndTheValueSteps(FxRobot robot)
            throws Exception {
        robot.clickOn(point(4, 140));
        assertEquals(4, ChartFx.call(editor::getSelectedStep));

        robot.type(KeyCode.RIGHT).type(KeyCode.UP).press(KeyCode.SHIFT).type(KeyCode.UP).release(KeyCode.SHIFT);

        assertEquals(5, ChartFx.call(editor::getSelectedStep));
        assertEquals(161, ChartFx.call(editor::getValues)[5]);
        assertEquals(2, finished.size());
    }

    @Test
    void givenTheMouseOverAPointThenTheHoverTextShowsItsValue(FxRobot robot) throws Exception {
        robot.moveTo(point(10, 200));

        assertEquals("step 10  Carbon intensity=200", ChartFx.call(editor::getHoverText));
    }

    private double axisMax() throws Exception {
        return ChartFx.call(() -> ((CurveEditorSkin) editor.getSkin()).geometry().orElseThrow().left().max());
    }

    /** The screen point of {@code value} at {@code step}. */
    private Point2D point(int step, double value) throws Exception {
        ChartGeometry g = ChartFx.call(() -> ((CurveEditorSkin) editor.getSkin()).geometry().orElseThrow());
        return ChartFx.screen(editor, g.frame().x(step), g.y(AxisSide.LEFT, value));
    }
}
