package io.carbonrouter.explorer.ui.bench;

import io.carbonrouter.explorer.io.ScenarioFiles;
import io.carbonrouter.explorer.lesson.Lesson;
import io.carbonrouter.explorer.ui.MainWindow;
import io.carbonrouter.explorer.ui.service.FxExecutor;
import io.carbonrouter.explorer.ui.service.WorkerExecutor;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code mvn -o test -Dtest=ScreenshotTour -Dshots=DIR}: the window as a newcomer and a teacher see it, written as
 * PNGs to look at: the summer sample at 1280x720 and 1024x768, normal and in presentation mode, and each built-in
 * lesson's first and last step at both sizes and modes. Headless (Monocle, the software renderer), the scene as
 * it is drawn. Not a test: it only checks that it wrote the pictures.
 */
class ScreenshotTour {

    private static final List<int[]> SIZES = List.of(new int[] {1280, 720}, new int[] {1024, 768});

    @TempDir
    Path home;

    @Test
    void writeScreenshots() throws Exception {
        Path dir = Path.of(System.getProperty("shots", "target/shots"));
        Files.createDirectories(dir);
        FxToolkit.registerPrimaryStage();
        ExecutorService worker = WorkerExecutor.create();
        MainWindow window = BenchServices.call(() -> MainWindow.show(new Stage(),
                BenchServices.of(home, worker, new FxExecutor()),
                ScenarioFiles.readResource("/sample-data/scenarios/summer-solar.yaml"), Optional.empty()));
        for (int[] size : SIZES) {
            for (boolean present : List.of(false, true)) {
                String mode = size[0] + "x" + size[1] + (present ? "-present" : "");
                BenchServices.call(() -> {
                    window.stage().setWidth(size[0]);
                    window.stage().setHeight(size[1]);
                    window.viewModel().presentationProperty().set(present);
                    return null;
                });
                shoot(window, dir.resolve(mode + "-sample.png"));
                for (Lesson l : window.viewModel().lessons().builtIn()) {
                    BenchServices.call(() -> {
                        window.viewModel().lessons().open(l);
                        return null;
                    });
                    while (BenchServices.call(() -> window.viewModel().lessons().canBack())) {
                        BenchServices.call(() -> {
                            window.viewModel().lessons().back();
                            return null;
                        });
                    }
                    shoot(window, dir.resolve(mode + "-" + l.id() + "-first.png"));
                    while (BenchServices.call(() -> window.viewModel().lessons().canNext())) {
                        BenchServices.call(() -> {
                            window.viewModel().lessons().next();
                            return null;
                        });
                    }
                    shoot(window, dir.resolve(mode + "-" + l.id() + "-last.png"));
                    BenchServices.call(() -> {
                        window.viewModel().lessons().close();
                        return null;
                    });
                }
            }
        }
        worker.shutdownNow();
        try (var shots = Files.list(dir)) {
            assertTrue(shots.count() >= 2 * 2 * 11, "wrote the pictures to " + dir);
        }
    }

    /** Waits for the run of the scenario on screen, then writes the scene as drawn. */
    private static void shoot(MainWindow window, Path png) throws Exception {
        WaitForAsyncUtils.waitFor(300, TimeUnit.SECONDS, () -> BenchServices.call(() -> {
            var o = window.viewModel().runs().outcomeProperty().get();
            return o != null && !window.viewModel().runs().busyProperty().get()
                    && o.scenario() == window.viewModel().model().scenario();
        }));
        var image = BenchServices.call(() -> {
            window.scene().getRoot().applyCss();
            window.scene().getRoot().layout();
            return window.scene().snapshot(null);
        });
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", png.toFile());
    }

}
