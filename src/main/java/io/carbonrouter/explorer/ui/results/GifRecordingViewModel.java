package io.carbonrouter.explorer.ui.results;

import io.carbonrouter.explorer.io.gif.GifFiles;
import io.carbonrouter.explorer.io.gif.GifTiming;
import io.carbonrouter.explorer.ui.common.Messages;
import io.carbonrouter.explorer.ui.model.Timeline;
import io.carbonrouter.explorer.ui.run.BatchJob;
import io.carbonrouter.explorer.ui.run.RunOutcome;
import io.carbonrouter.explorer.ui.service.FileDialogs;
import io.carbonrouter.explorer.ui.service.FileKind;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableValue;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * Records playback as an animated GIF for slides: the cursor moves from the first step to the last, the
 * charts are captured at each frame's step (on the FX thread, by the view) and encoded on the batch thread.
 * Cancelling leaves no file; the file is written atomically.
 */
public final class GifRecordingViewModel {

    /** Captures the charts with the cursor on a step; called off the FX thread, completes on it. */
    @FunctionalInterface
    public interface FrameSource {
        CompletableFuture<BufferedImage> capture(int step);
    }

    public static final List<Integer> FRAME_COUNTS = List.of(30, 60, 120);
    public static final List<Integer> WIDTHS = List.of(640, 960, 1280);
    private static final int FRAME_MILLIS = 100;

    private final ObservableValue<RunOutcome> outcome;
    private final BatchJob job;
    private final FileDialogs files;
    private final Messages messages;
    private final Supplier<Optional<Path>> directory;
    private final Timeline timeline;
    private final IntegerProperty frames = new SimpleIntegerProperty(60);
    private final IntegerProperty width = new SimpleIntegerProperty(960);
    private FrameSource source;

    public GifRecordingViewModel(ObservableValue<RunOutcome> outcome, Timeline timeline, BatchJob job,
                                 FileDialogs files, Messages messages, Supplier<Optional<Path>> directory) {
        this.outcome = outcome;
        this.timeline = timeline;
        this.job = job;
        this.files = files;
        this.messages = messages;
        this.directory = directory;
    }

    public void setSource(FrameSource source) {
        this.source = source;
    }

    /** Frames come from {@code snapshot} of the charts, taken on the FX thread with the cursor on the step. */
    public void captureWith(Supplier<BufferedImage> snapshot) {
        setSource(step -> CompletableFuture.supplyAsync(() -> {
            moveCursor(step);
            return snapshot.get();
        }, job.fxThread()));
    }

    /** How many frames the GIF gets (fewer when the run has fewer steps). */
    public IntegerProperty framesProperty() {
        return frames;
    }

    /** The widest a frame may be, in pixels; a smaller window records at its own size. */
    public IntegerProperty widthProperty() {
        return width;
    }

    public BatchJob job() {
        return job;
    }

    /** Asks where to write, then records. */
    public void record() {
        if (outcome.getValue() != null && source != null) {
            files.chooseSave(FileKind.GIF, directory.get(), "playback.gif").ifPresent(this::record);
        }
    }

    /** Records the run on screen to {@code target}. */
    public void record(Path target) {
        RunOutcome o = outcome.getValue();
        FrameSource from = source;
        int steps = o.run().steps();
        int count = Math.max(1, Math.min(frames.get(), steps));
        int maxWidth = width.get();
        job.start((cancelled, progress) -> {
            try {
                GifFiles.write(target, count, i -> {
                    if (cancelled.getAsBoolean()) {
                        throw new InterruptedException();
                    }
                    return fit(capture(from, stepOf(i, count, steps)), maxWidth);
                }, GifTiming.forever(FRAME_MILLIS), progress);
            } catch (InterruptedIOException e) {
                throw new CancellationException(e.getMessage());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return count;
        }, n -> messages.info("Recorded " + n + " frames to " + target.getFileName()),
                e -> messages.error("Could not record " + target.getFileName() + ": " + e.getMessage()));
    }

    /** Puts the shared cursor on a frame's step, for the snapshot to capture; on the FX thread. */
    private void moveCursor(int step) {
        timeline.moveTo(step);
    }

    public void cancel() {
        job.cancel();
    }

    /** The step frame {@code i} of {@code count} shows: the first and the last step, evenly between. */
    static int stepOf(int i, int count, int steps) {
        return count == 1 ? 0 : (int) Math.round((double) i * (steps - 1) / (count - 1));
    }

    private static BufferedImage capture(FrameSource from, int step) throws InterruptedException {
        try {
            return from.capture(step).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not capture step " + (step + 1) + ": " + e.getCause(), e);
        }
    }

    /** Scales a frame down to {@code maxWidth}, keeping its shape. */
    static BufferedImage fit(BufferedImage image, int maxWidth) {
        if (image.getWidth() <= maxWidth) {
            return image;
        }
        int h = Math.max(1, Math.round(image.getHeight() * (float) maxWidth / image.getWidth()));
        BufferedImage out = new BufferedImage(maxWidth, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, maxWidth, h, null);
        g.dispose();
        return out;
    }
}
