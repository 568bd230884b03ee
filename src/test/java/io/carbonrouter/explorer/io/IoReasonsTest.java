package io.carbonrouter.explorer.io;

import org.junit.jupiter.api.Test;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

import static org.assertj.core.api.Assertions.assertThat;

/** A failed write names the operating system's reason, not only the temporary file's path. */
class IoReasonsTest {

    @Test
    void aReadOnlyFolderSaysPermissionDeniedNotTheTemporaryPath() {
        String reason = IoReasons.of(new AccessDeniedException("/shared/.run.json.42.1.tmp"));

        assertThat(reason).isEqualTo("permission denied");
    }

    @Test
    void theFileSystemsReasonIsKept() {
        assertThat(IoReasons.of(new FileSystemException("/x", null, "No space left on device")))
                .isEqualTo("no space left on device");
        assertThat(IoReasons.of(new NoSuchFileException("/gone/x"))).isEqualTo("no such file or folder");
    }
}
