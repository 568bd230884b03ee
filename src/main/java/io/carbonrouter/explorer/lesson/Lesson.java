package io.carbonrouter.explorer.lesson;

import java.util.List;
import java.util.Objects;

/**
 * One guided lesson.
 *
 * @param id      the file name without extension, the key its progress is kept under
 * @param title   what the Lessons menu shows
 * @param summary one or two sentences on what the learner will see
 * @param steps   at least one, in order
 */
public record Lesson(String id, String title, String summary, List<LessonStep> steps) {

    public Lesson {
        Objects.requireNonNull(id);
        Objects.requireNonNull(title);
        Objects.requireNonNull(summary);
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a lesson needs at least one step");
        }
    }
}
