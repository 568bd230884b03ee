package io.carbonrouter.explorer.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The temporary files beside a target, named {@code .NAME.PID.RANDOM.tmp}: the process id tells a file left by a
 * killed run (its process is gone) from one another writer is filling right now.
 */
final class TempFiles {

    private static final long PID = ProcessHandle.current().pid();
    /** How many names {@link #create} draws before it gives up (each taken by another file). */
    private static final int MAX_ATTEMPTS = 100;
    private static final FileAttribute<Set<PosixFilePermission>> PRIVATE =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

    private TempFiles() {
    }

    /**
     * A new, empty temporary file beside the target, private to its owner where the file system has POSIX
     * permissions, as {@link Files#createTempFile} makes one; named here because that one draws its name from a
     * {@code SecureRandom}, whose set-up (security providers, a seed from the OS) cost a command 20 ms at its end
     * for a name that only has to be new: a name taken is simply drawn again, and creating fails rather than
     * follow a link someone put there.
     */
    static Path create(Path target) throws IOException {
        Path dir = target.getParent();
        String prefix = prefix(target) + PID + ".";
        boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
        for (int attempt = 1; ; attempt++) {
            Path temp = dir.resolve(prefix + Long.toUnsignedString(ThreadLocalRandom.current().nextLong()) + ".tmp");
            try {
                return posix ? Files.createFile(temp, PRIVATE) : Files.createFile(temp);
            } catch (FileAlreadyExistsException taken) {
                if (attempt == MAX_ATTEMPTS) {
                    throw taken;
                }
            }
        }
    }

    /** Deletes the target's temporary files whose process has ended; a file that cannot be removed stays. */
    static void removeStale(Path target) throws IOException {
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            return;
        }
        String prefix = prefix(target);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir,
                p -> p.getFileName().toString().startsWith(prefix) && p.getFileName().toString().endsWith(".tmp"))) {
            for (Path p : files) {
                if (isStale(p.getFileName().toString().substring(prefix.length()))) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            // A folder we cannot list or a file we cannot delete must not stop the write itself.
        }
    }

    private static boolean isStale(String rest) {
        int dot = rest.indexOf('.');
        if (dot <= 0) {
            return false;
        }
        try {
            long pid = Long.parseLong(rest.substring(0, dot));
            return pid != PID && ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String prefix(Path target) {
        return "." + target.getFileName() + ".";
    }
}
