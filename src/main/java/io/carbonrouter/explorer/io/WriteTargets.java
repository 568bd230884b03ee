package io.carbonrouter.explorer.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Collection;
import java.util.Set;

/**
 * The rules for a file about to be written, shared by the command line and the GUI: a symbolic link is followed
 * to the file it names, a folder, a read-only file and an input of the same command are refused.
 */
public final class WriteTargets {

    private static final Set<PosixFilePermission> WRITE = Set.of(PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);

    private WriteTargets() {
    }

    /**
     * Where a write to {@code target} lands: its absolute path, or for a symbolic link the file the link names.
     *
     * @throws NoSuchFileException when the target is a link to nothing (we would not know which file to create)
     */
    static Path resolve(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (!Files.isSymbolicLink(absolute)) {
            return absolute;
        }
        if (!Files.exists(absolute)) {
            throw new NoSuchFileException(target.toString(), null, "is a symbolic link to a missing file");
        }
        return absolute.toRealPath();
    }

    /** Why {@code target} may not be written, or null: a folder, a read-only file, one of {@code inputs}. */
    public static String problem(Path target, Collection<Path> inputs) {
        if (Files.isSymbolicLink(target) && !Files.exists(target)) {
            return "is a symbolic link to a missing file";
        }
        if (Files.isDirectory(target)) {
            return "is a folder; give a file name";
        }
        if (!Files.exists(target)) {
            return null;
        }
        if (!Files.isRegularFile(target)) {
            return "is not a regular file (a device, pipe or socket)";
        }
        for (Path input : inputs) {
            if (input != null && sameFile(target, input)) {
                return "is the input " + input + "; write the output to another file";
            }
        }
        return isReadOnly(target) ? "is read-only" : null;
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * An existing file not writable for us, or with no write permission for anyone (which the superuser would
     * ignore): replacing it by a move would succeed, but the user marked it as not to be changed.
     */
    static boolean isReadOnly(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        if (!Files.isWritable(file)) {
            return true;
        }
        try {
            PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
            return view != null && view.readAttributes().permissions().stream().noneMatch(WRITE::contains);
        } catch (IOException e) {
            return false;
        }
    }
}
