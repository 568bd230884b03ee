package io.carbonrouter.explorer.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes files so that a reader sees the old content or the new, never half of one: the bytes go to a
 * temporary file beside the target, which is then moved over it (or, for {@link #create}, linked to the target
 * name, which fails atomically when the name exists). A failure leaves the old file intact and removes the
 * temporary file; one left by a killed run is removed by the next write to the same target. A symbolic link
 * is followed: the file it points at is replaced and the link stays; a read-only file is never replaced.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    public static void write(Path target, String content) throws IOException {
        write(target, content.getBytes(StandardCharsets.UTF_8));
    }

    public static void write(Path target, byte[] content) throws IOException {
        write(target, out -> out.write(content));
    }

    /** Something that writes a file's content to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Streams the content into a temporary file, then moves it over the target. */
    public static void write(Path target, Content content) throws IOException {
        write(target, content, true);
    }

    /**
     * Like {@link #write(Path, Content)} but never replaces a file: when the target exists, or another writer
     * creates it first, this throws {@link FileAlreadyExistsException} and the file is left as it was.
     */
    public static void create(Path target, Content content) throws IOException {
        write(target, content, false);
    }

    private static void write(Path target, Content content, boolean replace) throws IOException {
        Path absolute = WriteTargets.resolve(target);
        if (WriteTargets.isReadOnly(absolute)) {
            throw new AccessDeniedException(target.toString(), null, "the file is read-only");
        }
        Path dir = absolute.getParent();
        if (dir != null) {
            createFolders(dir);
        }
        TempFiles.removeStale(absolute);
        Path temp = TempFiles.create(absolute);
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                content.writeTo(out);
            }
            keepPermissions(absolute, temp);
            if (replace) {
                moveOver(temp, absolute);
            } else {
                publishNew(temp, absolute);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** A file where a folder should be is a different failure from a target that exists. */
    private static void createFolders(Path dir) throws IOException {
        try {
            Files.createDirectories(dir);
        } catch (FileAlreadyExistsException e) {
            throw new NotDirectoryException(e.getFile());
        }
    }

    private static void moveOver(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A hard link is made only if the name is free, in one step; without links, a plain move. */
    private static void publishNew(Path temp, Path target) throws IOException {
        try {
            Files.createLink(target, temp);
        } catch (UnsupportedOperationException e) {
            Files.move(temp, target);
        }
    }

    /** A temporary file is private (rw-------); the result keeps the old file's permissions, or rw-r--r--. */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target)
                ? Files.getPosixFilePermissions(target) : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, permissions);
    }
}
