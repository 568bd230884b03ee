package io.carbonrouter.explorer.ui.results;

import io.carbonrouter.explorer.ui.Fakes;
import io.carbonrouter.explorer.ui.MainViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

class GifRecordingViewModelTest {

    @TempDir
    Path home;

    private final List<Integer> captured = new ArrayList<>();

    private GifRecordingViewModel recording() {
        MainViewModel vm = new MainViewModel(new Fakes.Services(home).services, Fakes.sample(), Optional.empty());
        return vm.recording();
    }

    private CompletableFuture<BufferedImage> frame(int step) {
        captured.add(step);
        return CompletableFuture.completedFuture(new BufferedImage(1600, 400, BufferedImage.TYPE_INT_RGB));
    }

    @Test
    void givenTwelveFramesThenTheGifHasTwelveFramesFromTheFirstStepToTheLastAtTheChosenWidth() throws IOException {
        GifRecordingViewModel rec = recording();
        rec.setSource(this::frame);
        rec.framesProperty().set(12);
        rec.widthProperty().set(640);
        Path gif = home.resolve("playback.gif");

        rec.record(gif);

        assertThat(captured).hasSize(12).startsWith(0).endsWith(143).isSorted();
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).isEqualTo(12);
            assertThat(reader.getWidth(0)).isEqualTo(640);
            assertThat(reader.getHeight(0)).isEqualTo(160);
        }
        assertThat(rec.job().runningProperty().get()).isFalse();
    }

    @Test
    void givenChartSnapshotsThenEachFrameIsTakenWithTheCursorOnItsStep() {
        MainViewModel vm = new MainViewModel(new Fakes.Services(home).services, Fakes.sample(), Optional.empty());
        GifRecordingViewModel rec = vm.recording();
        rec.captureWith(() -> {
            captured.add(vm.timeline().cursorProperty().get());
            return new BufferedImage(64, 16, BufferedImage.TYPE_INT_RGB);
        });
        rec.framesProperty().set(3);

        rec.record(home.resolve("cursor.gif"));

        assertThat(captured).containsExactly(0, 72, 143);
    }

    @Test
    void givenARecordingThenItsProgressCountsFramesNotRuns() {
        GifRecordingViewModel rec = recording();
        rec.setSource(this::frame);
        rec.framesProperty().set(5);
        List<String> shown = new ArrayList<>();
        rec.job().progressTextProperty().addListener((obs, old, now) -> shown.add(now));

        rec.record(home.resolve("progress.gif"));

        assertThat(shown).contains("5 of 5 frames").noneMatch(t -> t.contains("runs"));
    }

    @Test
    void givenCancelDuringTheRecordingThenItStopsAtTheNextFrameAndLeavesNoFile() {
        GifRecordingViewModel rec = recording();
        rec.setSource(step -> {
            if (captured.size() == 3) {
                rec.cancel();
            }
            return frame(step);
        });
        Path gif = home.resolve("playback.gif");

        rec.record(gif);

        assertThat(captured).hasSize(4);
        assertThat(Files.exists(gif)).isFalse();
        try (var left = Files.list(home)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("playback"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertThat(rec.job().runningProperty().get()).isFalse();
    }

    @Test
    void framesSpreadEvenlyOverTheRunAndAShortRunGivesOneFramePerStep() {
        assertThat(GifRecordingViewModel.stepOf(0, 5, 9)).isZero();
        assertThat(GifRecordingViewModel.stepOf(2, 5, 9)).isEqualTo(4);
        assertThat(GifRecordingViewModel.stepOf(4, 5, 9)).isEqualTo(8);
        assertThat(GifRecordingViewModel.stepOf(0, 1, 9)).isZero();
    }
}
