package io.carbonrouter.explorer.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void aWriterThatFailsHalfwayLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("scenario.yaml");
        Files.writeString(target, "old");

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("half of the new".getBytes());
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(Files.readString(target)).isEqualTo("old");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aNewFileIsReadableByOthersAndAnOldFileKeepsItsPermissions() throws IOException {
        Path fresh = dir.resolve("new.json");
        AtomicFiles.write(fresh, "{}");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh))).isEqualTo("rw-r--r--");

        Path old = dir.resolve("old.json");
        Files.writeString(old, "x");
        Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rw-rw----"));
        AtomicFiles.write(old, "y");
        assertThat(Files.readString(old)).isEqualTo("y");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(old))).isEqualTo("rw-rw----");
    }

    @Test
    void createNeverReplacesAFileAndLeavesNoTemporaryFile() throws IOException {
        Path target = Files.writeString(dir.resolve("run.json"), "first");

        assertThatThrownBy(() -> AtomicFiles.create(target, out -> out.write("second".getBytes())))
                .isInstanceOf(FileAlreadyExistsException.class);

        assertThat(Files.readString(target)).isEqualTo("first");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aReadOnlyFileIsNeverReplacedSoTheGuiRefusesItToo() throws IOException {
        Path target = Files.writeString(dir.resolve("locked.csv"), "keep");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("r--r--r--"));

        assertThatThrownBy(() -> AtomicFiles.write(target, "new")).hasMessageContaining("the file is read-only");

        assertThat(Files.readString(target)).isEqualTo("keep");
    }
}
