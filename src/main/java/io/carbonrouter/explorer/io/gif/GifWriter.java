package io.carbonrouter.explorer.io.gif;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes an animated GIF frame by frame, so a long recording needs one frame in memory at a time and can
 * report progress or stop between frames. Every frame shows for the same delay; the animation loops forever
 * or plays a given number of times. Colour frames are reduced to a 256-colour palette per frame.
 */
public final class GifWriter implements Closeable {

    private static final String FORMAT = "javax_imageio_gif_image_1.0";

    private final ImageWriter writer;
    private final ImageOutputStream stream;
    private final GifTiming timing;
    private int frames;

    /**
     * Starts a GIF on {@code out}; the caller closes {@code out} after this writer.
     *
     * @throws IOException when the stream cannot be opened
     */
    public GifWriter(OutputStream out, GifTiming timing) throws IOException {
        this.timing = timing;
        this.writer = ImageIO.getImageWritersByFormatName("gif").next();
        this.stream = ImageIO.createImageOutputStream(out);
        writer.setOutput(stream);
        writer.prepareWriteSequence(null);
    }

    /** Appends one frame; frames of different sizes are allowed but a recording keeps one size. */
    public void add(BufferedImage frame) throws IOException {
        BufferedImage rgb = opaque(frame);
        ImageWriteParam param = writer.getDefaultWriteParam();
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(rgb), param);
        annotate(metadata, frames == 0);
        writer.writeToSequence(new IIOImage(rgb, null, metadata), param);
        frames++;
    }

    /** How many frames were written so far. */
    public int frames() {
        return frames;
    }

    @Override
    public void close() throws IOException {
        try {
            writer.endWriteSequence();
            stream.flush();
        } finally {
            writer.dispose();
            stream.close();
        }
    }

    private void annotate(IIOMetadata metadata, boolean first) throws IIOInvalidTreeException {
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(FORMAT);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(timing.delayCentiseconds()));
        control.setAttribute("transparentColorIndex", "0");
        if (first) {
            IIOMetadataNode app = new IIOMetadataNode("ApplicationExtension");
            app.setAttribute("applicationID", "NETSCAPE");
            app.setAttribute("authenticationCode", "2.0");
            int loops = timing.loops();
            app.setUserObject(new byte[] {1, (byte) (loops & 0xFF), (byte) ((loops >> 8) & 0xFF)});
            child(root, "ApplicationExtensions").appendChild(app);
        }
        metadata.setFromTree(FORMAT, root);
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equals(name)) {
                return (IIOMetadataNode) root.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }

    /** GIF has no partial transparency; an ARGB snapshot is flattened onto white. */
    private static BufferedImage opaque(BufferedImage frame) {
        if (frame.getType() == BufferedImage.TYPE_INT_RGB) {
            return frame;
        }
        BufferedImage rgb = new BufferedImage(frame.getWidth(), frame.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, frame.getWidth(), frame.getHeight());
            g.drawImage(frame, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }
}
