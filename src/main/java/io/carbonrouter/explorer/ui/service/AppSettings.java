package io.carbonrouter.explorer.ui.service;

import io.carbonrouter.explorer.io.AtomicFiles;
import io.carbonrouter.explorer.io.InputException;
import io.carbonrouter.explorer.io.InputFiles;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * What the app remembers between runs (window bounds, the last and the recent scenario files) in a small
 * properties file under the user's config directory, or under {@code policyexplorer.home} when that system
 * property is set (the tests point it into {@code target/} so they never touch the real user's settings).
 */
public final class AppSettings {

    public static final String HOME_PROPERTY = "policyexplorer.home";
    private static final String FILE_NAME = "settings.properties";
    private static final String RECENT = "recent.";
    private static final String LESSON = "lesson.";

    /** Window position and size. */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    }

    private final Path file;
    private final Properties values = new Properties();

    private AppSettings(Path file) {
        this.file = file;
    }

    /** The settings of this user (or of {@code policyexplorer.home}); unreadable settings start empty. */
    public static AppSettings load() {
        return load(home().resolve(FILE_NAME));
    }

    public static AppSettings load(Path file) {
        AppSettings s = new AppSettings(file);
        if (Files.exists(file)) {
            try (Reader in = new StringReader(InputFiles.read(file))) {
                s.values.load(in);
            } catch (IOException | IllegalArgumentException | InputException e) {
                // A damaged, oversized or special settings file must not keep the app from starting (nor hang it
                // on a pipe); it starts empty and is rewritten on close.
                s.values.clear();
            }
        }
        return s;
    }

    /** {@code policyexplorer.home}, else the platform's config directory plus {@code policy-explorer}. */
    public static Path home() {
        String explicit = System.getProperty(HOME_PROPERTY);
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        String appData = System.getenv("APPDATA");
        Path userHome = Path.of(System.getProperty("user.home"));
        if (appData != null && !appData.isBlank()) {
            return Path.of(appData, "policy-explorer");
        }
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "policy-explorer");
        }
        return userHome.resolve(".config").resolve("policy-explorer");
    }

    public Path file() {
        return file;
    }

    public Optional<WindowBounds> window() {
        try {
            double x = Double.parseDouble(values.getProperty("window.x", ""));
            double y = Double.parseDouble(values.getProperty("window.y", ""));
            double w = Double.parseDouble(values.getProperty("window.width", ""));
            double h = Double.parseDouble(values.getProperty("window.height", ""));
            boolean max = Boolean.parseBoolean(values.getProperty("window.maximized", "false"));
            if (!Double.isFinite(x + y + w + h) || w < 200 || h < 150) {
                return Optional.empty();
            }
            return Optional.of(new WindowBounds(x, y, w, h, max));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public void setWindow(WindowBounds b) {
        values.setProperty("window.x", String.valueOf(b.x()));
        values.setProperty("window.y", String.valueOf(b.y()));
        values.setProperty("window.width", String.valueOf(b.width()));
        values.setProperty("window.height", String.valueOf(b.height()));
        values.setProperty("window.maximized", String.valueOf(b.maximized()));
    }

    /** Whether the high-contrast theme was on when the app closed. */
    public boolean highContrast() {
        return Boolean.parseBoolean(values.getProperty("theme.highContrast", "false"));
    }

    public void setHighContrast(boolean on) {
        values.setProperty("theme.highContrast", String.valueOf(on));
    }

    /** The scenario file opened or saved last. */
    public Optional<Path> lastScenario() {
        String p = values.getProperty("lastScenario", "");
        if (p.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(p));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    public void setLastScenario(Path p) {
        values.setProperty("lastScenario", p.toAbsolutePath().toString());
    }

    /** The scenario files opened or saved lately, newest first ({@code recent.0}, {@code recent.1}, ...). */
    public List<Path> recentScenarios() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; values.containsKey(RECENT + i); i++) {
            try {
                out.add(Path.of(values.getProperty(RECENT + i)));
            } catch (InvalidPathException e) {
                // A path this platform cannot name (a settings file copied from elsewhere) is left out.
            }
        }
        return out;
    }

    public void setRecentScenarios(List<Path> files) {
        values.stringPropertyNames().stream().filter(k -> k.startsWith(RECENT)).forEach(values::remove);
        for (int i = 0; i < files.size(); i++) {
            values.setProperty(RECENT + i, files.get(i).toAbsolutePath().toString());
        }
    }

    /** The step a lesson was left at, 0 when it was never opened ({@code lesson.<id>}). */
    public int lessonStep(String lessonId) {
        try {
            return Math.max(0, Integer.parseInt(values.getProperty(LESSON + lessonId, "0")));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public void setLessonStep(String lessonId, int step) {
        values.setProperty(LESSON + lessonId, String.valueOf(step));
    }

    /** Writes the settings atomically, creating the directory when needed. */
    public void save() throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        StringWriter out = new StringWriter();
        values.store(out, "Policy Explorer settings");
        AtomicFiles.write(file, out.toString());
    }
}
