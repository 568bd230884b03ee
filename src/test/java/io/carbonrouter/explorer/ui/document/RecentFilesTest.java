package io.carbonrouter.explorer.ui.document;

import io.carbonrouter.explorer.ui.service.AppSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RecentFilesTest {

    @TempDir
    Path dir;

    private Path file(int i) {
        return dir.resolve("s" + i + ".yaml");
    }

    @Test
    void givenFilesAddedThenTheNewestComesFirstWithoutDuplicatesAndTheSettingsFollow() {
        AppSettings settings = AppSettings.load(dir.resolve("settings.properties"));
        RecentFiles recent = new RecentFiles(settings);

        recent.add(file(1));
        recent.add(file(2));
        recent.add(dir.resolve("sub/../s1.yaml"));

        assertEquals(List.of(file(1), file(2)), recent.files());
        assertEquals(List.of(file(1), file(2)), settings.recentScenarios());
    }

    @Test
    void givenMoreThanTheLimitThenTheOldestDropOff() {
        RecentFiles recent = new RecentFiles(AppSettings.load(dir.resolve("settings.properties")));

        IntStream.range(0, RecentFiles.LIMIT + 3).forEach(i -> recent.add(file(i)));

        assertEquals(RecentFiles.LIMIT, recent.files().size());
        assertEquals(file(RecentFiles.LIMIT + 2), recent.files().get(0));
        assertEquals(file(3), recent.files().get(RecentFiles.LIMIT - 1));
    }

    @Test
    void givenSettingsWithRecentFilesThenANewSessionStartsWithThem() {
        AppSettings settings = AppSettings.load(dir.resolve("settings.properties"));
        settings.setRecentScenarios(List.of(file(5), file(4)));

        RecentFiles recent = new RecentFiles(settings);
        recent.remove(file(5));

        assertEquals(List.of(file(4)), recent.files());
        assertEquals(List.of(file(4)), settings.recentScenarios());
    }

    @Test
    void givenTheListThenItIsOneReadOnlyListThatListenersCanKeep() {
        RecentFiles recent = new RecentFiles(AppSettings.load(dir.resolve("settings.properties")));

        assertSame(recent.files(), recent.files());
        assertThrows(UnsupportedOperationException.class, () -> recent.files().add(file(1)));
    }
}
