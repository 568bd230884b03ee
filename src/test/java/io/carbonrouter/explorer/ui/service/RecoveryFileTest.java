package io.carbonrouter.explorer.ui.service;

import io.carbonrouter.explorer.io.InputException;
import io.carbonrouter.explorer.io.ScenarioFiles;
import io.carbonrouter.explorer.simulation.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecoveryFileTest {

    @TempDir
    Path dir;

    private static Scenario sample() {
        return ScenarioFiles.readResource(SampleCatalog.BUILT_IN);
    }

    @Test
    void givenEditsOfAFileThenTheyReadBackWithTheFileTheyBelongTo() throws IOException {
        RecoveryFile recovery = RecoveryFile.beside(AppSettings.load(dir.resolve("settings.properties")));
        Path source = dir.resolve("my scenarios").resolve("wïnter #1.yaml");
        Scenario edited = sample().withPolicy("forecast-aware");

        recovery.write(edited, Optional.of(source));
        RecoveryFile.Recovered back = recovery.read().orElseThrow();

        assertEquals(dir.resolve(RecoveryFile.FILE_NAME), recovery.file());
        assertEquals(ScenarioFiles.toYaml(edited), ScenarioFiles.toYaml(back.scenario()));
        assertEquals(Optional.of(source.toAbsolutePath()), back.source());
        assertEquals(Files.getLastModifiedTime(recovery.file()).toInstant(), back.savedAt());
    }

    @Test
    void givenAScenarioNeverSavedThenItHasNoSource() throws IOException {
        RecoveryFile recovery = new RecoveryFile(dir.resolve("r.yaml"));

        recovery.write(sample(), Optional.empty());

        assertEquals(Optional.empty(), recovery.read().orElseThrow().source());
    }

    @Test
    void givenNoFileThenThereIsNothingToRecoverAndDeletingIsFine() throws IOException {
        RecoveryFile recovery = new RecoveryFile(dir.resolve("r.yaml"));

        assertEquals(Optional.empty(), recovery.read());
        recovery.delete();
        assertFalse(Files.exists(recovery.file()));
    }

    @Test
    void givenADamagedFileThenReadingSaysWhereAndItCanBeSetAside() throws IOException {
        RecoveryFile recovery = new RecoveryFile(dir.resolve(RecoveryFile.FILE_NAME));
        Files.writeString(recovery.file(), "name: x\nintensity: [1, oops\n");

        InputException e = assertThrows(InputException.class, recovery::read);
        Path aside = recovery.setAside();

        assertTrue(e.getMessage().contains(RecoveryFile.FILE_NAME), e.getMessage());
        assertFalse(Files.exists(recovery.file()));
        assertEquals("name: x\nintensity: [1, oops\n", Files.readString(aside));
    }

    @Test
    void givenARecoveryFileOverTheSizeLimitThenReadingRefusesItWithoutLoadingIt() throws IOException {
        RecoveryFile recovery = new RecoveryFile(dir.resolve(RecoveryFile.FILE_NAME));
        Files.writeString(recovery.file(), "# padding\n".repeat(1_800_000));

        InputException e = assertThrows(InputException.class, recovery::read);

        assertTrue(e.getMessage().contains("file is larger than 16 MiB"), e.getMessage());
    }
}
