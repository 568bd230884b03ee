package io.carbonrouter.explorer.ui;

import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pinned-run panel at projector size keeps its Unpin button whole beside a full row of differences. */
class BaselinePanelFxTest extends ExplorerFxTestBase {

    @Test
    void givenAPinnedRunAt1280x720InHighContrastThenUnpinIsNotCutShort() {
        runFx(() -> {
            window.stage().setWidth(1280);
            window.stage().setHeight(720);
        });
        click(lookup("#contrast").queryAs(ToggleButton.class));
        runFx(() -> vm().charts().pinnedProperty().set(true));
        runFx(() -> vm().model().edit("target", s -> s.withConfig(s.config().withTargetError(0.4))));

        waitUntil(() -> vm().baseline().items().size() > 5);
        Button unpin = lookup("#unpin").queryAs(Button.class);
        waitUntil(() -> unpin.isVisible() && unpin.getWidth() > 0);
        assertEquals("Unpin", invoke(unpin::getText));
        assertTrue(invoke(() -> unpin.getWidth() >= unpin.prefWidth(-1) - 0.5),
                "Unpin is " + invoke(unpin::getWidth) + " px wide, needs " + invoke(() -> unpin.prefWidth(-1)));
    }
}
