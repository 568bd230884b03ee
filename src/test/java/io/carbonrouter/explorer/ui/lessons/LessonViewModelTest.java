package io.carbonrouter.explorer.ui.lessons;

import io.carbonrouter.explorer.lesson.Lesson;
import io.carbonrouter.explorer.ui.Fakes;
import io.carbonrouter.explorer.ui.MainViewModel;
import io.carbonrouter.explorer.ui.service.UnsavedChangesPrompt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class LessonViewModelTest {

    @TempDir
    Path home;

    private static Lesson creditLedger(LessonViewModel lessons) {
        return lessons.builtIn().stream().filter(l -> l.id().equals("credit-ledger")).findFirst().orElseThrow();
    }

    @Test
    void openingALessonLoadsItsFirstStateAsOneUndoStep() {
        MainViewModel vm = new MainViewModel(new Fakes.Services(home).services, Fakes.sample(), Optional.empty());
        double before = vm.model().scenario().config().targetError();

        vm.lessons().open(creditLedger(vm.lessons()));

        assertThat(vm.model().scenario().policy()).isEqualTo("credit-greedy");
        assertThat(vm.model().scenario().config().targetError()).isEqualTo(0.15);
        assertThat(vm.lessons().stepCount()).isEqualTo("Step 1 of 3");
        assertThat(vm.lessons().highlightProperty().get()).containsExactly("chart-balance", "chart-precision");
        vm.model().undo();
        assertThat(vm.model().scenario().config().targetError()).isEqualTo(before);
    }

    @Test
    void nextOpensTheTaskAndTheConditionOnTheNewRunMarksItDone() {
        MainViewModel vm = new MainViewModel(new Fakes.Services(home).services, Fakes.sample(), Optional.empty());
        vm.lessons().open(creditLedger(vm.lessons()));

        vm.lessons().next();

        assertThat(vm.lessons().doneProperty().get()).isFalse();
        assertThat(vm.lessons().taskText()).startsWith("Lower the target error");
        vm.model().edit("target", s -> s.withConfig(s.config().withTargetError(0.04)));
        assertThat(vm.lessons().doneProperty().get()).isTrue();
    }

    @Test
    void givenUnsavedEditsWhenALessonWouldLoadItsSampleThenItAsksAndCancelKeepsTheEdits() {
        Fakes.Services services = new Fakes.Services(home);
        MainViewModel vm = new MainViewModel(services.services, Fakes.sample(), Optional.empty());
        vm.model().edit("target", s -> s.withConfig(s.config().withTargetError(0.3)));
        services.prompt.answers.add(UnsavedChangesPrompt.Answer.CANCEL);

        vm.lessons().open(creditLedger(vm.lessons()));

        assertThat(services.prompt.asked).isEqualTo(1);
        assertThat(vm.lessons().lessonProperty().get()).isEmpty();
        assertThat(vm.model().scenario().config().targetError()).isEqualTo(0.3);

        services.prompt.answers.add(UnsavedChangesPrompt.Answer.DISCARD);
        vm.lessons().open(creditLedger(vm.lessons()));

        assertThat(services.prompt.asked).isEqualTo(2);
        assertThat(vm.lessons().lessonProperty().get()).isPresent();
        assertThat(vm.model().scenario().config().targetError()).isEqualTo(0.15);
    }

    @Test
    void progressIsKeptPerLessonAndResumed() {
        Fakes.Services services = new Fakes.Services(home);
        MainViewModel vm = new MainViewModel(services.services, Fakes.sample(), Optional.empty());
        vm.lessons().open(creditLedger(vm.lessons()));
        vm.lessons().next();
        vm.lessons().next();
        vm.lessons().close();

        vm.lessons().open(creditLedger(vm.lessons()));

        assertThat(vm.lessons().indexProperty().get()).isEqualTo(2);
        assertThat(services.settings.lessonStep("credit-ledger")).isEqualTo(2);
        assertThat(services.settings.lessonStep("throttling")).isZero();
        assertThat(vm.lessons().canNext()).isFalse();
    }

    @Test
    void aBadLessonFileGetsAReportNamingTheFieldAndLine() throws Exception {
        Fakes.Services services = new Fakes.Services(home);
        MainViewModel vm = new MainViewModel(services.services, Fakes.sample(), Optional.empty());
        Path bad = Files.writeString(home.resolve("bad.yaml"), "title: T\nsummary: S\nsteps:\n  - title: A\n"
                + "    text: B\n    done: run.nothing > 1\n    task: do it\n");
        services.dialogs.opens.push(Optional.of(bad));

        vm.lessons().openFile();

        assertThat(vm.lessons().lessonProperty().get()).isEmpty();
        List<String> report = services.questions.reports.get(0);
        assertThat(String.join("\n", report)).contains("bad.yaml").contains("steps[0].done")
                .contains("line 6").contains("run.nothing");
    }
}
