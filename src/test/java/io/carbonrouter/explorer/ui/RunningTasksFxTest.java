package io.carbonrouter.explorer.ui;

import io.carbonrouter.explorer.ui.app.AppServices;
import io.carbonrouter.explorer.ui.common.ProgressRow;
import io.carbonrouter.explorer.ui.service.FxTicker;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The status bar lists the background work on its way and cancels it, as a user would. */
class RunningTasksFxTest extends ExplorerFxTestBase {

    /** The batch thread, held: comparisons and exports wait here until the test lets them run. */
    private final Fakes.Queue batch = new Fakes.Queue();

    private void openWithHeldBatch() {
        runFx(() -> window.stage().close());
        AppServices s = services.services;
        AppServices held = new AppServices(s.simulator(), s.worker(), s.fx(), new FxTicker(), s.files(), s.prompt(),
                s.export(), s.settings(), s.samples(), s.clock(), s.dialogs(), s.later(), batch, s.cores());
        window = invoke(() -> MainWindow.show(new Stage(), held, Fakes.sample(), Optional.empty()));
    }

    private Button tasks() {
        return lookup(".running-tasks").queryAs(Button.class);
    }

    @Test
    void givenACompareAndAnExportOnTheirWayThenTheStatusBarListsBothAndCancelsTheCompare() throws Exception {
        openWithHeldBatch();
        assertFalse(invoke(() -> tasks().isVisible()), "nothing runs yet");

        click(lookup("#compare").queryButton());
        Path csv = home.resolve("run.csv");
        services.dialogs.saves.add(Optional.of(csv));
        runFx(() -> vm().results().exportCsv());

        assertTrue(invoke(() -> tasks().isVisible()));
        assertEquals("2 tasks running", invoke(() -> tasks().getText()));
        // The compare window may cover the status bar: the list opens as a click on the button opens it.
        runFx(() -> tasks().fire());
        Button cancelCompare = robot.lookup(".cancel-task").queryAllAs(Button.class).stream()
                .filter(b -> ((ProgressRow) b.getParent()).getPrompt().equals("Comparing the strategies"))
                .findFirst().orElseThrow();
        click(cancelCompare);

        assertEquals("Exporting the run to run.csv…", invoke(() -> tasks().getText()));
        assertEquals("Cancelled; nothing was compared.", invoke(() -> vm().compare().messageProperty().get()));
        assertEquals("Cancelled: Comparing the strategies.", invoke(() -> vm().status().messageProperty().get()));

        runFx(batch::runAll);
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(invoke(() -> tasks().isVisible()), "the export is done, nothing runs");
        assertTrue(Files.exists(csv));
        assertNull(invoke(() -> vm().compare().resultProperty().get()), "the cancelled compare shows nothing");
    }
}
