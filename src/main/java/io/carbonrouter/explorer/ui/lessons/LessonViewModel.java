package io.carbonrouter.explorer.ui.lessons;

import io.carbonrouter.explorer.io.InputException;
import io.carbonrouter.explorer.io.lesson.LessonFiles;
import io.carbonrouter.explorer.lesson.Facts;
import io.carbonrouter.explorer.lesson.Lesson;
import io.carbonrouter.explorer.lesson.LessonStep;
import io.carbonrouter.explorer.ui.model.ScenarioModel;
import io.carbonrouter.explorer.ui.run.RunOutcome;
import io.carbonrouter.explorer.ui.service.AppSettings;
import io.carbonrouter.explorer.ui.service.DialogService;
import io.carbonrouter.explorer.ui.service.FileDialogs;
import io.carbonrouter.explorer.ui.service.FileKind;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The lesson on screen: which step, its text and task, whether the task is done, the controls to point at.
 * Opening a step loads its scenario state as one undo step. The task is checked on each finished run of the
 * scenario on screen, which costs a few comparisons, so it stays on the FX thread.
 */
public final class LessonViewModel {

    private final ScenarioModel model;
    private final ObservableValue<RunOutcome> outcome;
    private final AppSettings settings;
    private final FileDialogs files;
    private final DialogService dialogs;
    private final Supplier<Optional<Path>> directory;
    private final BooleanSupplier mayReplace;
    private final List<Lesson> builtIn;
    private final ReadOnlyObjectWrapper<Optional<Lesson>> lesson = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyObjectWrapper<Optional<LessonStep>> step = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<List<String>> highlight = new ReadOnlyObjectWrapper<>(List.of());

    /**
     * @param mayReplace asked before a lesson replaces the scenario with its sample: whether to go on (the
     *                   document's save / discard / cancel over unsaved edits)
     */
    public LessonViewModel(ScenarioModel model, ObservableValue<RunOutcome> outcome, AppSettings settings,
                           FileDialogs files, DialogService dialogs, Supplier<Optional<Path>> directory,
                           BooleanSupplier mayReplace) {
        this.model = model;
        this.outcome = outcome;
        this.settings = settings;
        this.files = files;
        this.dialogs = dialogs;
        this.directory = directory;
        this.mayReplace = mayReplace;
        this.builtIn = LessonFiles.builtIn();
        outcome.addListener((obs, old, o) -> check());
    }

    /** The lessons the Lessons menu lists, in its order. */
    public List<Lesson> builtIn() {
        return builtIn;
    }

    /** Opens a lesson at the step it was left at; over unsaved edits its sample asks first. */
    public void open(Lesson l) {
        int at = Math.min(settings.lessonStep(l.id()), l.steps().size() - 1);
        if (l.steps().get(at).state().sample().isPresent() && !mayReplace.getAsBoolean()) {
            return;
        }
        lesson.set(Optional.of(l));
        go(at);
    }

    /** Asks for a teacher's lesson file and opens it; a bad one gets a dialog naming file, field and line. */
    public void openFile() {
        files.chooseOpen(FileKind.LESSON, directory.get()).ifPresent(file -> {
            try {
                open(LessonFiles.read(file));
            } catch (InputException e) {
                dialogs.showReport("Cannot open the lesson", file.getFileName() + " is not a lesson this version"
                        + " can read:", List.of(e.getMessage().split("\n")));
            }
        });
    }

    public void next() {
        lesson.get().filter(l -> index.get() + 1 < l.steps().size()).ifPresent(l -> go(index.get() + 1));
    }

    public void back() {
        if (lesson.get().isPresent() && index.get() > 0) {
            go(index.get() - 1);
        }
    }

    /** Closes the panel; the progress stays for the next time the lesson opens. */
    public void close() {
        lesson.set(Optional.empty());
        step.set(Optional.empty());
        highlight.set(List.of());
        done.set(false);
    }

    private void go(int i) {
        Lesson l = lesson.get().orElseThrow();
        LessonStep s = l.steps().get(i);
        index.set(i);
        settings.setLessonStep(l.id(), i);
        if (!s.state().keeps()) {
            try {
                model.edit("Lesson: " + s.title(), s.state()::applyTo);
            } catch (IllegalArgumentException e) {
                dialogs.showReport("Cannot load the step", l.title() + ", step " + (i + 1) + " does not fit the"
                        + " scenario on screen:", List.of(e.getMessage()));
            }
        }
        step.set(Optional.of(s));
        highlight.set(s.highlight());
        done.set(false);
        check();
    }

    /** Marks the task done when the finished run on screen is of the scenario on screen and meets it. */
    private void check() {
        RunOutcome o = outcome.getValue();
        Optional<LessonStep> s = step.get();
        if (s.isEmpty() || o == null || o.live() || o.scenario() != model.scenario()) {
            return;
        }
        done.set(s.get().isDone(new Facts(o.scenario(), o.run().metrics())));
    }

    public ReadOnlyObjectProperty<Optional<Lesson>> lessonProperty() {
        return lesson.getReadOnlyProperty();
    }

    /** The step on screen, 0-based. */
    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<LessonStep>> stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** Whether the step's task is done (a step without a task counts as done). */
    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    /** Stable ids of the controls the step points at. */
    public ReadOnlyObjectProperty<List<String>> highlightProperty() {
        return highlight.getReadOnlyProperty();
    }

    /** "Step 2 of 3", empty without a lesson. */
    public String stepCount() {
        return lesson.get().map(l -> "Step " + (index.get() + 1) + " of " + l.steps().size()).orElse("");
    }

    public boolean canNext() {
        return lesson.get().map(l -> index.get() + 1 < l.steps().size()).orElse(false);
    }

    public boolean canBack() {
        return lesson.get().isPresent() && index.get() > 0;
    }

    /** What the panel says under the text: the task, what is not shown yet, or nothing. */
    public String taskText() {
        return step.get().map(s -> s.hasTask() ? s.task() : s.shown() ? "" : s.notYet()).orElse("");
    }
}
