package io.carbonrouter.explorer.ui.app;

import io.carbonrouter.explorer.io.ScenarioFiles;
import io.carbonrouter.explorer.ui.Fakes;
import io.carbonrouter.explorer.ui.service.AppSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StartupTest {

    @TempDir
    Path dir;

    @Test
    void givenANewUserThenTheAppStartsOnTheBuiltInSample() {
        Startup s = Startup.load(AppSettings.load(dir.resolve("settings.properties")));

        assertEquals("UK winter weekday", s.scenario().name());
        assertEquals(Optional.empty(), s.file());
        assertEquals("", s.note());
    }

    @Test
    void givenALastScenarioThenItReopens() throws IOException {
        Path file = dir.resolve("mine.yaml");
        ScenarioFiles.write(Fakes.small(1, 2), file);
        AppSettings settings = AppSettings.load(dir.resolve("settings.properties"));
        settings.setLastScenario(file);

        Startup s = Startup.load(settings);

        assertEquals("small", s.scenario().name());
        assertEquals(Optional.of(file.toAbsolutePath()), s.file());
    }

    @Test
    void givenALastScenarioThatNoLongerReadsThenTheSampleOpensWithANote() throws IOException {
        Path file = dir.resolve("broken.yaml");
        Files.writeString(file, "intensity: [");
        AppSettings settings = AppSettings.load(dir.resolve("settings.properties"));
        settings.setLastScenario(file);

        Startup s = Startup.load(settings);

        assertEquals("UK winter weekday", s.scenario().name());
        assertTrue(s.note().startsWith("Could not reopen the last scenario: "), s.note());
    }
}
