package io.carbonrouter.explorer.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The temporary files beside a target, named {@code .NAME.PID.RANDOM.tmp}: the process id tells a file left by a
 * killed run (its process is gone) from one another writer is filling right now.
 */
final class TempFiles {

    private static final long PID = ProcessHandle.current().pid();

    private TempFiles() {
    }

    static Path create(Path target) throws IOException {
        return Files.createTempFile(target.getParent(), prefix(target) + PID + ".", ".tmp");
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
