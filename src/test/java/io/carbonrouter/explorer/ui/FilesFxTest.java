package io.carbonrouter.explorer.ui;

import io.carbonrouter.explorer.io.ScenarioFiles;
import io.carbonrouter.explorer.io.forecast.ForecastImporters;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.ui.app.AppServices;
import io.carbonrouter.explorer.ui.chart.CurveEditor;
import io.carbonrouter.explorer.ui.service.FxDialogService;
import io.carbonrouter.explorer.ui.service.FxTicker;
import io.carbonrouter.explorer.ui.service.RecoveryFile;
import io.carbonrouter.explorer.ui.service.UnsavedChangesPrompt.Answer;
import javafx.scene.Node;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The file actions as a user tries them: menus, the recovery dialog at start, imports, exports. */
class FilesFxTest extends ExplorerFxTestBase {

    /**
     * Opens a drop-down and clicks the item showing {@code text}. The drop-down opens in code: a pointer
     * resting on the button would raise its tooltip over the first items and take the click.
     */
    private void menu(String button, String text) {
        runFx(() -> lookup("#" + button).queryAs(MenuButton.class).show());
        robot.clickOn(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void ctrlZ() {
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String yaml(Scenario s) {
        return ScenarioFiles.toYaml(s);
    }

    @Test
    void givenUnsavedEditsWhenARecentFileIsChosenThenThePromptAsksFirst() throws IOException {
        Path other = home.resolve("other_1.yaml");
        ScenarioFiles.write(Fakes.small(10, 20, 30), other);
        runFx(() -> vm().document().openFile(other));
        runFx(() -> vm().document().openSample(vm().document().samples().get(0)));
        type(lookup("#setting-targetError").queryAs(TextField.class), "0.3");
        // The menu must still follow the list after a collection: it once listened through a throwaway wrapper.
        System.gc();
        services.prompt.answers.add(Answer.DISCARD);

        menu("open", "other_1.yaml   —   " + home.toAbsolutePath());

        assertEquals(1, services.prompt.asked);
        assertEquals("small", scenario().name());
        assertFalse(invoke(() -> window.stage().getTitle()).endsWith("*"));
    }

    @Test
    void givenACrashThenTheNextStartOffersTheEditsAndACleanQuitRemovesThem() throws Exception {
        Path recovery = home.resolve(RecoveryFile.FILE_NAME);
        Scenario edits = Fakes.sample().withPolicy("forecast-aware");
        new RecoveryFile(recovery).write(edits, Optional.empty());
        AppServices s = services.services;
        Stage stage = invoke(Stage::new);
        AppServices withRealDialogs = new AppServices(s.simulator(), s.worker(), s.fx(), new FxTicker(), s.files(),
                s.prompt(), s.export(), s.settings(), s.samples(), s.clock(),
                new FxDialogService(() -> stage, MainWindow::stylesheet), s.later(), s.batch(), s.cores());

        Future<MainWindow> starting = WaitForAsyncUtils.asyncFx(() -> MainWindow.show(stage, withRealDialogs,
                Fakes.small(5, 6, 7), Optional.empty()));
        waitUntil(() -> robot.lookup("Restore").tryQuery().isPresent());
        robot.clickOn("Restore");
        MainWindow second = starting.get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        try {
            assertEquals(yaml(edits), invoke(() -> yaml(second.viewModel().model().scenario())));
            assertEquals("Policy Explorer — UK winter weekday (recovered) *", invoke(stage::getTitle));
            services.prompt.answers.add(Answer.DISCARD);
            assertTrue(invoke(second::close));
            assertFalse(Files.exists(recovery), "a clean quit deletes the autosave");
        } finally {
            runFx(stage::close);
        }
    }

    @Test
    void givenATrafficScheduleImportedFromTheOpenMenuThenItsSettingsApplyAndCtrlZRestores() {
        Scenario before = scenario();
        services.dialogs.opens.add(Optional.of(Path.of("sample-data/trafficschedules/plain.yaml")));

        menu("open", "Import TrafficSchedule…");

        assertEquals("forecast-aware-global", scenario().policy());
        assertEquals("forecast-aware-global", invoke(() -> vm().toolbar().policyProperty().get().name()));
        assertEquals(120, scenario().config().creditWindow());

        ctrlZ();

        assertEquals(yaml(before), yaml(scenario()));
    }

    @Test
    void givenAForecastImportedFromThePresetsMenuThenTheCurveEditorShowsItAndCtrlZRestores() {
        Path csv = Path.of("sample-data/forecasts/intensity.csv");
        double[] expected = ForecastImporters.read(csv, ForecastImporters.Options.DEFAULTS).intensity();
        CurveEditor editor = lookup("#curve-editor").queryAs(CurveEditor.class);
        double[] before = invoke(editor::getValues);
        services.dialogs.opens.add(Optional.of(csv));

        menu("presets", "Import a forecast file…");

        assertArrayEquals(expected, invoke(editor::getValues));
        assertEquals(48, invoke(() -> chart("chart-weights").getData().steps()));

        ctrlZ();

        assertArrayEquals(before, invoke(editor::getValues));
    }

    @Test
    void givenChartsExportedAsPngThenEachFileDecodesToAPictureOfItsChartsSize() throws IOException {
        Path folder = Files.createDirectory(home.resolve("pictures"));
        services.dialogs.folders.add(Optional.of(folder));

        Map<String, Node> charts = Map.of("weights", chart("chart-weights"), "precision", chart("chart-precision"),
                "feedback", chart("chart-feedback"), "balance", chart("chart-balance"),
                "throttle", chart("chart-throttle"), "emissions", chart("chart-emissions"), "curve-intensity", lookup("#curve-editor").query());
        // Each picture is the chart as the user saw it when choosing the export (the window may settle a few
        // pixels differently once the status line says what was saved).
        Map<String, double[]> sizes = new java.util.HashMap<>();
        for (Map.Entry<String, Node> e : charts.entrySet()) {
            sizes.put(e.getKey(), invoke(() -> new double[] {e.getValue().getLayoutBounds().getWidth(),
                    e.getValue().getLayoutBounds().getHeight()}));
        }

        menu("export", "Charts as PNG…");

        for (Map.Entry<String, Node> e : charts.entrySet()) {
            Path png = folder.resolve("uk-winter-weekday-" + e.getKey() + ".png");
            BufferedImage image = ImageIO.read(png.toFile());
            assertEquals(sizes.get(e.getKey())[0], image.getWidth(), 1.0, e.getKey());
            assertEquals(sizes.get(e.getKey())[1], image.getHeight(), 1.0, e.getKey());
            assertTrue(colours(image) > 3, e.getKey() + " holds a drawn chart, not a blank");
        }
        try (var files = Files.list(folder)) {
            assertEquals(charts.size(), files.count());
        }
        assertTrue(invoke(() -> vm().status().messageProperty().get()).startsWith("Saved 7 charts as PNG"));
    }

    private static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }

    @Test
    void givenTheRunExportedFromTheExportMenuThenTheCsvIsTheRunOnScreen() throws IOException {
        Path csv = home.resolve("run.csv");
        services.dialogs.saves.add(Optional.of(csv));

        menu("export", "Run as CSV…");

        List<String> lines = Files.readAllLines(csv);
        assertEquals(145, lines.size());
        assertTrue(lines.get(0).startsWith("step,time,intensity,demand,"), lines.get(0));
        assertTrue(lines.get(1).startsWith("0,2030-01-15T00:00:00Z,"), lines.get(1));
    }
}
