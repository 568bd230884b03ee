package io.carbonrouter.explorer.lesson;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of a lesson.
 *
 * @param title     a short heading
 * @param text      what the step explains
 * @param state     the scenario to load when the step opens
 * @param highlight stable ids of the controls to point at ({@link Controls})
 * @param task      what the learner is asked to do; empty for a step that only explains
 * @param done      all must hold for the task to count as done; empty when there is no task
 * @param needs     a capability the step shows; while it is missing the step says so instead
 * @param notYet    what the step says while {@code needs} is missing: what is not shown yet, and why
 */
public record LessonStep(String title, String text, StepState state, List<String> highlight, String task,
                         List<Condition> done, Optional<Capability> needs, String notYet) {

    public LessonStep {
        Objects.requireNonNull(title);
        Objects.requireNonNull(text);
        Objects.requireNonNull(state);
        highlight = List.copyOf(highlight);
        Objects.requireNonNull(task);
        done = List.copyOf(done);
        Objects.requireNonNull(needs);
        Objects.requireNonNull(notYet);
    }

    /** Whether what the step teaches can be shown in this version. */
    public boolean shown() {
        return needs.map(Capability::available).orElse(true);
    }

    /** Whether the learner has a task to do now: there is one and the step can be shown. */
    public boolean hasTask() {
        return shown() && !task.isEmpty() && !done.isEmpty();
    }

    /** Whether the task is done on this scenario and run; a step without a task is done when read. */
    public boolean isDone(Facts facts) {
        return !hasTask() || done.stream().allMatch(c -> c.holds(facts));
    }
}
