package io.carbonrouter.explorer.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The temporary files beside a target: new each time, private, named so a stale one can be told. */
class TempFilesTest {

    @TempDir
    Path dir;

    @Test
    void eachIsANewEmptyPrivateFileNamedAfterTheTargetAndThisProcess() throws IOException {
        Path target = dir.resolve("sweep.csv");
        Set<Path> made = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            Path temp = TempFiles.create(target);
            assertThat(made.add(temp)).isTrue();
            assertThat(temp.getParent()).isEqualTo(dir);
            assertThat(temp.getFileName().toString())
                    .matches("\\.sweep\\.csv\\." + ProcessHandle.current().pid() + "\\.[0-9]+\\.tmp");
            assertThat(Files.size(temp)).isZero();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(temp))).isEqualTo("rw-------");
        }
    }

    @Test
    void aFileOfThisRunningProcessIsNotStaleButOneOfAnEndedProcessIs() throws IOException {
        Path target = dir.resolve("run.json");
        Path mine = TempFiles.create(target);
        Path ended = Files.createFile(dir.resolve(".run.json." + Long.MAX_VALUE + ".1.tmp"));
        Path other = Files.createFile(dir.resolve(".other.json." + Long.MAX_VALUE + ".1.tmp"));

        TempFiles.removeStale(target);

        assertThat(mine).exists();
        assertThat(ended).doesNotExist();
        assertThat(other).exists();
    }
}
