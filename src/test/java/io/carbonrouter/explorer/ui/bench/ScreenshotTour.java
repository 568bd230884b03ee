package io.carbonrouter.explorer.ui.bench;

import io.carbonrouter.explorer.io.ScenarioFiles;
import io.carbonrouter.explorer.lesson.Lesson;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.ui.MainWindow;
import io.carbonrouter.explorer.ui.service.FxExecutor;
import io.carbonrouter.explorer.ui.service.SampleCatalog;
import io.carbonrouter.explorer.ui.service.WorkerExecutor;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code mvn -o test -Dtest=ScreenshotTour -Dshots=/tmp/shots}: the real window, headless, photographed as a
 * newcomer meets it, for a person to look at: at 1280x720 and 1024x768, normal and presentation mode, the built-in
 * sample, the first and last step of every lesson, and the deployed year
 * ({@code src/test/resources/bench/year-deployed.yaml}) with {@code -Dshots.year=true}. Not a test: it checks
 * only that every picture was written.
 */
class ScreenshotTour {

    private static final int[][] SIZES = {{1280, 720}, {1024, 768}};

    @TempDir
    Path home;

    @Test
    void photograph() throws Exception {
        Path out = Path.of(System.getProperty("shots", "target/shots"));
        Files.createDirectories(out);
        FxToolkit.registerPrimaryStage();
        ExecutorService worker = WorkerExecutor.create();
        List<Path> written = new ArrayList<>();
        try {
            Scenario sample = ScenarioFiles.readResource(SampleCatalog.BUILT_IN);
            for (int[] size : SIZES) {
                for (boolean presentation : new boolean[] {false, true}) {
                    String at = size[0] + "x" + size[1] + (presentation ? "-presentation" : "");
                    MainWindow window = open(sample, worker, size, presentation);
                    written.add(shoot(window, out.resolve("sample-" + at + ".png")));
                    for (Lesson lesson : BenchServices.call(() -> window.viewModel().lessons().builtIn())) {
                        BenchServices.call(() -> {
                            window.viewModel().lessons().open(lesson);
                            return null;
                        });
                        written.add(shoot(window, out.resolve(lesson.id() + "-first-" + at + ".png")));
                        for (int i = 1; i < lesson.steps().size(); i++) {
                            BenchServices.call(() -> {
                                window.viewModel().lessons().next();
                                return null;
                            });
                        }
                        written.add(shoot(window, out.resolve(lesson.id() + "-last-" + at + ".png")));
                    }
                    close(window);
                    if (Boolean.getBoolean("shots.year")) {
                        Scenario year = ScenarioFiles.read(Path.of("src/test/resources/bench/year-deployed.yaml"));
                        MainWindow y = open(year, worker, size, presentation);
                        BenchServices.waitUntil(() -> {
                            var o = y.viewModel().runs().outcomeProperty().get();
                            return o != null && !o.live() && o.complete();
                        }, 600);
                        written.add(shoot(y, out.resolve("year-" + at + ".png")));
                        close(y);
                    }
                }
            }
        } finally {
            worker.shutdownNow();
        }
        written.forEach(System.out::println);
        assertEquals(written.size(), written.stream().filter(Files::isRegularFile).count());
    }

    private static MainWindow open(Scenario s, ExecutorService worker, int[] size, boolean presentation)
            throws Exception {
        Path home = Files.createTempDirectory("shots-home");
        MainWindow w = BenchServices.call(() -> MainWindow.show(new Stage(), BenchServices.of(home, worker,
                new FxExecutor()), s, Optional.empty()));
        BenchServices.call(() -> {
            w.viewModel().presentationProperty().set(presentation);
            w.stage().setFullScreen(false);
            w.stage().setWidth(size[0]);
            w.stage().setHeight(size[1]);
            return null;
        });
        return w;
    }

    private static Path shoot(MainWindow w, Path file) throws Exception {
        BenchServices.waitUntil(() -> !w.viewModel().runs().busyProperty().get(), 120);
        Thread.sleep(300);
        var image = BenchServices.call(() -> {
            w.stage().getScene().getRoot().applyCss();
            w.stage().getScene().getRoot().layout();
            return w.stage().getScene().snapshot(null);
        });
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static void close(MainWindow w) {
        BenchServices.call(() -> {
            w.viewModel().playback().pause();
            w.stage().close();
            return null;
        });
    }
}
