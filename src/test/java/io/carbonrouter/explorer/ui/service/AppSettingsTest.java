package io.carbonrouter.explorer.ui.service;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AppSettingsTest {

    @TempDir
    Path dir;

    @Test
    void givenTheTestsThenSettingsLiveUnderTheTestHomeNotTheUsersConfig() {
        String home = System.getProperty(AppSettings.HOME_PROPERTY);

        assertTrue(home != null && home.replace('\\', '/').matches(".*target/test-home-\\d+"),
                "surefire sets " + AppSettings.HOME_PROPERTY + ", got " + home);
        assertEquals(Path.of(home), AppSettings.home());
    }

    @Test
    void givenSavedSettingsThenTheyReadBackInANewSession() throws IOException {
        Path file = dir.resolve("nested").resolve("settings.properties");
        AppSettings settings = AppSettings.load(file);
        settings.setWindow(new AppSettings.WindowBounds(10, 20, 1280, 800, false));
        settings.setLastScenario(dir.resolve("s.yaml"));

        settings.save();
        AppSettings again = AppSettings.load(file);

        assertEquals(Optional.of(new AppSettings.WindowBounds(10, 20, 1280, 800, false)), again.window());
        assertEquals(Optional.of(dir.resolve("s.yaml").toAbsolutePath()), again.lastScenario());
    }

    @Test
    void givenAPipeOrAnOversizedSettingsFileThenTheAppStartsWithNothingSetAtOnce() throws Exception {
        Path pipe = dir.resolve("pipe.properties");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        assertEquals(0, mkfifo.waitFor());
        Path big = dir.resolve("big.properties");
        Files.write(big, new byte[17 * 1024 * 1024]);

        assertEquals(Optional.empty(), assertTimeoutPreemptively(
                Duration.ofSeconds(20), () -> AppSettings.load(pipe).window()));
        assertEquals(Optional.empty(), AppSettings.load(big).window());
    }

    @Test
    void givenNoOrDamagedSettingsThenEverythingIsUnset() throws IOException {
        Path file = dir.resolve("settings.properties");
        assertEquals(Optional.empty(), AppSettings.load(file).window());

        Files.writeString(file, "window.x=left\nwindow.width=\\uZZZZ\n");

        assertEquals(Optional.empty(), AppSettings.load(file).window());
        assertEquals(Optional.empty(), AppSettings.load(file).lastScenario());
    }

    @Test
    void givenRecentFilesThenTheyReadBackInOrderAndReplaceTheOldList() throws IOException {
        Path file = dir.resolve("settings.properties");
        AppSettings settings = AppSettings.load(file);
        settings.setRecentScenarios(List.of(dir.resolve("a.yaml"), dir.resolve("b.yaml"), dir.resolve("c.yaml")));
        settings.setRecentScenarios(List.of(dir.resolve("c.yaml"), dir.resolve("a b.yaml")));

        settings.save();

        assertEquals(List.of(dir.resolve("c.yaml").toAbsolutePath(), dir.resolve("a b.yaml").toAbsolutePath()),
                AppSettings.load(file).recentScenarios());
    }

    @Test
    void givenATinyWindowThenItIsNotRestored() {
        AppSettings settings = AppSettings.load(dir.resolve("settings.properties"));
        settings.setWindow(new AppSettings.WindowBounds(0, 0, 50, 40, false));

        assertEquals(Optional.empty(), settings.window());
    }
}
