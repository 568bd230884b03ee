package io.carbonrouter.explorer.ui;

import io.carbonrouter.explorer.simulation.DeploymentLoop;
import io.carbonrouter.explorer.simulation.DeploymentLoop.DemandForecast;
import io.carbonrouter.explorer.simulation.DeploymentLoop.Feedback;
import io.carbonrouter.explorer.ui.run.RunOutcome;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SlotStepFxTest extends ExplorerFxTestBase {

    @Test
    void givenADeployedRunWhenShiftRightIsPressedThenTheCursorMovesToTheNextSlotsFirstTick() {
        runFx(() -> vm().model().edit("deployment loop", s -> s.toBuilder()
                .loop(Optional.of(new DeploymentLoop(700, Feedback.EXPECTED, DemandForecast.FLAT))).build()));
        waitUntil(() -> {
            RunOutcome o = vm().runs().outcomeProperty().get();
            return o != null && !o.run().clock().perSlot() && o.run().steps() == 370;
        });
        clickPlot(chart("chart-weights"));
        runFx(() -> vm().timeline().moveTo(1));

        robot.push(KeyCode.SHIFT, KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(3, cursor(), "slot 0 holds ticks 0-2 at 700 s a tick on 30-minute slots");
        robot.push(KeyCode.SHIFT, KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(6, cursor());
        robot.push(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(7, cursor());
        robot.push(KeyCode.SHIFT, KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(6, cursor());
    }
}
