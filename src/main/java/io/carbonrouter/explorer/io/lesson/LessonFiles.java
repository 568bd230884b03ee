package io.carbonrouter.explorer.io.lesson;

import io.carbonrouter.explorer.io.InputException;
import io.carbonrouter.explorer.io.LocatedTree;
import io.carbonrouter.explorer.io.ScenarioFiles;
import io.carbonrouter.explorer.lesson.Lesson;
import io.carbonrouter.explorer.simulation.Scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Lesson files: the built-in ones on the class path under {@code /sample-data/lessons/} (in the order of its
 * index.txt), and a teacher's own. A step's {@code sample} is a file next to the lesson (for a built-in one,
 * in the same folder), else a built-in sample scenario.
 */
public final class LessonFiles {

    public static final String DIRECTORY = "/sample-data/lessons/";
    private static final String SCENARIOS = "/sample-data/scenarios/";
    private static final long MAX_BYTES = 1 << 20;

    private LessonFiles() {
    }

    /** The built-in lessons, in menu order. */
    public static List<Lesson> builtIn() {
        List<Lesson> out = new ArrayList<>();
        for (String line : resource(DIRECTORY + "index.txt").split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                out.add(parse(resource(DIRECTORY + name), name, null));
            }
        }
        return out;
    }

    /** Reads a teacher's lesson file. */
    public static Lesson read(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new InputException(file.getFileName() + ": larger than 1 MiB; a lesson is a few pages");
            }
            return parse(Files.readString(file), file.getFileName().toString(), file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new InputException(file.getFileName() + ": cannot read: " + e.getMessage());
        }
    }

    /** Parses lesson text named {@code source}; {@code dir} holds samples next to it, or is null. */
    public static Lesson parse(String text, String source, Path dir) {
        String id = source.replaceFirst("\\.(ya?ml|json)$", "");
        return new LessonReader(name -> sample(name, dir)).read(LocatedTree.parse(text, source), id, source);
    }

    private static Scenario sample(String name, Path dir) {
        if (dir != null && Files.isRegularFile(dir.resolve(name))) {
            return ScenarioFiles.read(dir.resolve(name));
        }
        if (!name.matches("[A-Za-z0-9_.-]+\\.(ya?ml|json)") || name.startsWith(".")) {
            throw new InputException("no sample named '" + name + "'; give a built-in sample such as"
                    + " winter-day.yaml or a file next to the lesson");
        }
        try {
            boolean ownSample = dir == null && LessonFiles.class.getResource(DIRECTORY + name) != null;
            return ScenarioFiles.readResource((ownSample ? DIRECTORY : SCENARIOS) + name);
        } catch (InputException e) {
            throw new InputException("no sample named '" + name + "'; built-in: " + resource(SCENARIOS
                    + "index.txt").strip().replace("\n", ", "));
        }
    }

    private static String resource(String name) {
        try (InputStream in = LessonFiles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new InputException(name + ": no such resource");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(name + ": cannot read: " + e.getMessage());
        }
    }
}
