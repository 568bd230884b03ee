package io.carbonrouter.explorer.io.lesson;

import io.carbonrouter.explorer.engine.StrategyRegistry;
import io.carbonrouter.explorer.io.ScenarioFiles;
import io.carbonrouter.explorer.lesson.Facts;
import io.carbonrouter.explorer.lesson.Lesson;
import io.carbonrouter.explorer.lesson.LessonStep;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.Simulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LessonFilesTest {

    private static final String HEAD = "title: T\nsteps:\n  - title: S\n    text: words\n";

    @TempDir
    Path dir;

    @Test
    void aTeachersLessonLoadsASampleNextToItAndItsTaskTurnsDoneAfterTheEdit() throws IOException {
        // given a lesson beside its own scenario, asking for the 18:00 point above 400
        Files.writeString(dir.resolve("day.yaml"), ScenarioFiles.toYaml(
                ScenarioFiles.readResource("/sample-data/scenarios/winter-day.yaml")));
        Path file = dir.resolve("my-lesson.yaml");
        Files.writeString(file, HEAD + "    scenario: {sample: day.yaml, set: {config.throttleMin: 0.2}}\n"
                + "    highlight: [curve-editor]\n    task: drag the 18:00 point above 400\n"
                + "    done: scenario.intensity[36] > 400\n");

        // when it is read and the step opens
        Lesson lesson = LessonFiles.read(file);
        LessonStep step = lesson.steps().get(0);
        Scenario shown = step.state().applyTo(Scenario.of(1));
        double[] dragged = shown.intensity().clone();
        dragged[36] = 401;

        // then the state is the sample with its setting, the task is open, and done after the drag
        assertThat(lesson.id()).isEqualTo("my-lesson");
        assertThat(shown.config().throttleMin()).isEqualTo(0.2);
        assertThat(step.isDone(facts(shown))).isFalse();
        assertThat(step.isDone(facts(shown.toBuilder().intensity(dragged).build()))).isTrue();
    }

    @Test
    void badConditionsNameTheStepTheProblemAndThePlace() {
        assertThatThrownBy(() -> parse(HEAD + "    task: t\n    done: run.savngs > 0.2\n"))
                .hasMessageStartingWith("l.yaml: steps[0].done: unknown run metric 'run.savngs'; known: run.savings,")
                .hasMessageEndingWith("(line 6, column 11)");
        assertThatThrownBy(() -> parse(HEAD + "    task: t\n    done: [run.savings > 0.2, savings big]\n"))
                .hasMessageContaining("steps[0].done[1]: must read <subject> <op> <value>")
                .hasMessageEndingWith("(line 6, column 31)");
        assertThatThrownBy(() -> parse(HEAD + "    task: t\n    done: scenario.policy > p100\n"))
                .hasMessageContaining("scenario.policy is text: compare it with == or !=, not >");
        assertThatThrownBy(() -> parse(HEAD + "    task: t\n    done: run.savings > lots\n"))
                .hasMessageContaining("run.savings is a number, so \"lots\" cannot be compared with it");
        assertThatThrownBy(() -> parse(HEAD + "    task: t\n    done: os.exec == 1\n"))
                .hasMessageContaining("'os.exec' must start with run. (a metric of the run) or scenario.");
    }

    @Test
    void aTaskWithoutConditionOrAConditionWithoutTaskIsRefused() {
        assertThatThrownBy(() -> parse(HEAD + "    task: do it\n"))
                .hasMessage("l.yaml: steps[0].done: is missing: a task needs a condition that marks it done"
                        + " (line 3, column 5)");
        assertThatThrownBy(() -> parse(HEAD + "    done: run.savings > 0\n"))
                .hasMessageContaining("steps[0].task: is missing: a condition needs the task it marks done");
    }

    @Test
    void badScenarioStatesAreRefusedWhereTheyAre() {
        assertThatThrownBy(() -> parse(HEAD + "    scenario: {sample: nowhere.yaml}\n"))
                .hasMessageContaining("steps[0].scenario.sample: no sample named 'nowhere.yaml'; built-in:"
                        + " winter-day.yaml,")
                .hasMessageEndingWith("(line 5, column 24)");
        assertThatThrownBy(() -> parse(HEAD + "    scenario: {set: {config.targetErr: 0.1}}\n"))
                .hasMessageContaining("steps[0].scenario.set.config.targetErr: unknown scenario field; known:")
                .hasMessageEndingWith("(line 5, column 40)");
        assertThatThrownBy(() -> parse(HEAD + "    scenario: {set: {policy: smartest}}\n"))
                .hasMessageContaining("steps[0].scenario.set.policy: unknown policy 'smartest'; registered:");
        assertThatThrownBy(() -> parse(HEAD + "    scenario: {set: {config.creditMin: 5}}\n"))
                .hasMessageContaining("steps[0].scenario: the scenario cannot run: config.creditMin: creditMin"
                        + " (5.0) must be below creditMax (1.0)");
        assertThatThrownBy(() -> parse(HEAD + "    scenario:\n      set:\n        intensity[500]: 5\n"))
                .hasMessageContaining("steps[0].scenario.set: intensity[500] is past the curve's 48 points");
    }

    @Test
    void unknownControlsCapabilitiesAndMissingFieldsAreRefused() {
        assertThatThrownBy(() -> parse(HEAD + "    highlight: [chart-balance, chart-balanse]\n"))
                .hasMessageContaining("steps[0].highlight[1]: unknown control 'chart-balanse'; known:")
                .hasMessageEndingWith("(line 5, column 32)");
        assertThatThrownBy(() -> parse(HEAD + "    needs: time-travel\n    notYet: soon\n"))
                .hasMessageContaining("steps[0].needs: unknown capability 'time-travel'");
        assertThatThrownBy(() -> parse(HEAD + "    needs: forecast-error\n"))
                .hasMessageContaining("steps[0].notYet: is missing: a step that needs forecast-error must say"
                        + " what is not shown yet");
        assertThatThrownBy(() -> parse("title: T\nsteps: []\n"))
                .hasMessage("l.yaml: steps: is empty: a lesson needs at least one step (line 2, column 8)");
        assertThatThrownBy(() -> parse("steps:\n  - {title: S}\n"))
                .hasMessage("l.yaml: title: is missing (line 1, column 1); steps[0].text: is missing"
                        + " (line 2, column 5)");
        assertThatThrownBy(() -> parse("title: [T\n"))
                .hasMessageStartingWith("l.yaml: malformed");
    }

    private static Lesson parse(String text) {
        return LessonFiles.parse(text, "l.yaml", null);
    }

    private static Facts facts(Scenario s) {
        return new Facts(s, new Simulator(StrategyRegistry.standard()).run(s).metrics());
    }
}
