package io.carbonrouter.explorer.io.gif;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Node;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GifWriterTest {

    @TempDir
    Path dir;

    @Test
    void framesReadBackWithTheirCountDelayLoopAndPixels() throws IOException {
        // given five frames, each a different colour, 250 ms apart, looping forever
        Path gif = dir.resolve("playback.gif");
        List<int[]> seen = new ArrayList<>();

        // when they are written
        GifFiles.write(gif, 5, GifWriterTest::frame, GifTiming.forever(250), (done, total) -> seen.add(
                new int[] {done, total}));

        // then the file has five frames of 25 hundredths, the NETSCAPE loop block says forever, pixels survive
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).isEqualTo(5);
            for (int i = 0; i < 5; i++) {
                IIOMetadataNode tree = (IIOMetadataNode) reader.getImageMetadata(i)
                        .getAsTree("javax_imageio_gif_image_1.0");
                assertThat(find(tree, "GraphicControlExtension").getAttribute("delayTime")).isEqualTo("25");
            }
            IIOMetadataNode loop = find((IIOMetadataNode) reader.getImageMetadata(0)
                    .getAsTree("javax_imageio_gif_image_1.0"), "ApplicationExtension");
            assertThat(loop.getAttribute("applicationID")).isEqualTo("NETSCAPE");
            assertThat((byte[]) loop.getUserObject()).containsExactly(1, 0, 0);
            BufferedImage third = reader.read(2);
            assertThat(new Color(third.getRGB(10, 10))).isEqualTo(colour(2));
            assertThat(third.getWidth()).isEqualTo(64);
            reader.dispose();
        }
        assertThat(seen).extracting(p -> p[0]).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void aGivenLoopCountIsWrittenLowByteFirst() throws IOException {
        Path gif = dir.resolve("twice.gif");

        GifFiles.write(gif, 2, GifWriterTest::frame, new GifTiming(100, 300), (d, t) -> { });

        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadataNode loop = find((IIOMetadataNode) reader.getImageMetadata(0)
                    .getAsTree("javax_imageio_gif_image_1.0"), "ApplicationExtension");
            assertThat((byte[]) loop.getUserObject()).containsExactly(1, 300 & 0xFF, 300 >> 8);
            reader.dispose();
        }
    }

    @Test
    void aCancelledRecordingLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        // given an earlier recording and a frame source that cancels at the third frame
        Path gif = dir.resolve("playback.gif");
        Files.write(gif, new byte[] {1, 2, 3});
        GifFiles.Frames cancelling = i -> {
            if (i == 2) {
                Thread.currentThread().interrupt();
            }
            return frame(i);
        };

        // when it is recorded, then it stops with a clear message and the old file is kept
        try {
            assertThatThrownBy(() -> GifFiles.write(gif, 10, cancelling, GifTiming.forever(100), (d, t) -> { }))
                    .isInstanceOf(InterruptedIOException.class)
                    .hasMessage("recording cancelled after 3 of 10");
        } finally {
            Thread.interrupted();
        }
        assertThat(Files.readAllBytes(gif)).containsExactly(1, 2, 3);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(gif);
        }
    }

    @Test
    void timingsOutsideWhatGifCanStoreAreRefused() {
        assertThatThrownBy(() -> GifTiming.forever(5)).hasMessageContaining("10..655350 ms, got 5");
        assertThatThrownBy(() -> new GifTiming(100, 70_000)).hasMessageContaining("65535, got 70000");
        assertThatThrownBy(() -> GifFiles.write(dir.resolve("x.gif"), 0, GifWriterTest::frame,
                GifTiming.forever(100), (d, t) -> { })).hasMessageContaining("at least one frame");
    }

    private static BufferedImage frame(int i) {
        BufferedImage image = new BufferedImage(64, 32, BufferedImage.TYPE_INT_ARGB);
        var g = image.createGraphics();
        g.setColor(colour(i));
        g.fillRect(0, 0, 64, 32);
        g.dispose();
        return image;
    }

    private static Color colour(int i) {
        Color[] colours = {Color.RED, Color.GREEN, Color.BLUE, Color.BLACK, Color.YELLOW};
        return colours[i];
    }

    private static IIOMetadataNode find(IIOMetadataNode root, String name) {
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeName().equals(name)) {
                return (IIOMetadataNode) n;
            }
            if (n.hasChildNodes()) {
                IIOMetadataNode deeper = find((IIOMetadataNode) n, name);
                if (deeper != null) {
                    return deeper;
                }
            }
        }
        return null;
    }
}
