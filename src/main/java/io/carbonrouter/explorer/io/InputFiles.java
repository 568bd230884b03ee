package io.carbonrouter.explorer.io;

import io.carbonrouter.explorer.simulation.Limits;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads an input file as UTF-8 text, whatever the path points at: only regular files are opened (a FIFO would
 * block the open, a device never ends), at most {@link Limits#MAX_INPUT_BYTES} are read whatever the file claims
 * its size is, other encodings are named, and a UTF-8 byte-order mark is dropped for YAML and JSON alike.
 */
public final class InputFiles {

    private InputFiles() {
    }

    /** The file's text, or an {@link InputException} saying why it cannot be read. */
    public static String read(Path file) {
        String name = file.toString();
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new InputException(name + ": no such file");
        } catch (IOException e) {
            throw new InputException(name + ": cannot read: " + IoReasons.of(e));
        }
        if (attributes.isDirectory()) {
            throw new InputException(name + ": is a folder; give a file");
        }
        if (!attributes.isRegularFile()) {
            throw new InputException(name + ": is not a regular file (a device, pipe or socket); give a file");
        }
        return decode(bytes(file, name), name);
    }

    private static byte[] bytes(Path file, String name) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Limits.MAX_INPUT_BYTES + 1);
            if (bytes.length > Limits.MAX_INPUT_BYTES) {
                throw new InputException(name + ": file is larger than " + Limits.MAX_INPUT_BYTES / (1024 * 1024)
                        + " MiB, the limit");
            }
            return bytes;
        } catch (AccessDeniedException e) {
            throw new InputException(name + ": cannot read: permission denied");
        } catch (IOException e) {
            throw new InputException(name + ": cannot read: " + IoReasons.of(e));
        }
    }

    /** UTF-8 text without its byte-order mark; UTF-16 and UTF-32 (with or without a mark) are named. */
    static String decode(byte[] bytes, String name) {
        String other = otherEncoding(bytes);
        if (other != null) {
            throw new InputException(name + ": " + other + " is not supported: save the file as UTF-8");
        }
        int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new InputException(name + ": is not valid UTF-8 (byte offset " + in.position()
                    + "): save the file as UTF-8");
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /** The encoding of text that is UTF-16 or UTF-32, by its byte-order mark or its zero bytes; else null. */
    private static String otherEncoding(byte[] b) {
        if (b.length >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF
                || b.length >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0) {
            return "UTF-32";
        }
        if (b.length >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF
                || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)) {
            return "UTF-16";
        }
        if (b.length >= 4 && (b[0] == 0 && b[1] == 0 && b[2] == 0 || b[1] == 0 && b[2] == 0 && b[3] == 0)) {
            return "UTF-32";
        }
        if (b.length >= 2 && (b[0] == 0 || b[1] == 0)) {
            return "UTF-16";
        }
        return null;
    }
}
