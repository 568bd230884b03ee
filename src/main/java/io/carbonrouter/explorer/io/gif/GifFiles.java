package io.carbonrouter.explorer.io.gif;

import io.carbonrouter.explorer.io.AtomicFiles;
import io.carbonrouter.explorer.simulation.compare.Progress;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;

/** Writes a whole animated GIF to a file atomically: a cancelled or failed recording leaves no file behind. */
public final class GifFiles {

    /** The frames of a recording, asked for one at a time and in order. */
    @FunctionalInterface
    public interface Frames {
        BufferedImage frame(int index) throws IOException, InterruptedException;
    }

    private GifFiles() {
    }

    /**
     * Writes {@code count} frames, reporting progress after each. Interrupting the thread cancels it.
     *
     * @throws InterruptedIOException when cancelled; the target is then untouched
     */
    public static void write(Path target, int count, Frames frames, GifTiming timing, Progress progress)
            throws IOException {
        if (count < 1) {
            throw new IllegalArgumentException("a GIF needs at least one frame, got " + count);
        }
        AtomicFiles.write(target, out -> {
            try (GifWriter gif = new GifWriter(out, timing)) {
                for (int i = 0; i < count; i++) {
                    if (Thread.currentThread().isInterrupted()) {
                        throw new InterruptedIOException("recording cancelled after " + i + " of " + count);
                    }
                    gif.add(frame(frames, i, count));
                    progress.update(i + 1, count);
                }
            }
        });
    }

    private static BufferedImage frame(Frames frames, int i, int count) throws IOException {
        try {
            return frames.frame(i);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("recording cancelled after " + i + " of " + count);
        }
    }
}
