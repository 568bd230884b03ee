package io.carbonrouter.explorer.ui.document;

import io.carbonrouter.explorer.io.ScenarioFiles;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.ui.Fakes;
import io.carbonrouter.explorer.ui.MainViewModel;
import io.carbonrouter.explorer.ui.service.RecoveryFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AutosaveTest {

    @TempDir
    Path dir;

    private Fakes.Services services;
    private MainViewModel vm;

    private MainViewModel start(Scenario initial, Optional<Path> file) {
        services = new Fakes.Services(dir);
        vm = new MainViewModel(services.services, initial, file);
        return vm;
    }

    private Path recoveryFile() {
        return dir.resolve(RecoveryFile.FILE_NAME);
    }

    private void targetError(double v) {
        vm.model().edit("target", s -> s.withConfig(s.config().withTargetError(v)));
    }

    private static String yaml(Scenario s) {
        return ScenarioFiles.toYaml(s);
    }

    @Test
    void givenABurstOfEditsThenOneWriteAfterTheySettleHoldsTheLastOne() throws IOException {
        Path file = dir.resolve("mine.yaml");
        start(Fakes.sample(), Optional.of(file));

        targetError(0.2);
        targetError(0.25);
        targetError(0.3);

        assertEquals(1, services.later.pendingCount(), "the burst is one pending write");
        assertFalse(Files.exists(recoveryFile()), "nothing is written before the edits settle");
        services.later.elapse();

        RecoveryFile.Recovered back = new RecoveryFile(recoveryFile()).read().orElseThrow();
        assertEquals(yaml(vm.model().scenario()), yaml(back.scenario()));
        assertEquals(Optional.of(file.toAbsolutePath()), back.source());
    }

    @Test
    void givenAScenarioThatCannotRunThenTheLastOneThatCouldStaysInTheRecoveryFile() {
        start(Fakes.sample(), Optional.empty());
        targetError(0.2);
        services.later.elapse();
        Scenario valid = vm.model().scenario();

        vm.model().edit("bad", s -> s.withConfig(s.config().withCreditMin(5)));
        services.later.elapse();

        assertEquals(yaml(valid), yaml(new RecoveryFile(recoveryFile()).read().orElseThrow().scenario()));
    }

    @Test
    void givenSaveOrUndoBackToTheSavedStateThenTheRecoveryFileIsDeleted() {
        start(Fakes.sample(), Optional.empty());
        targetError(0.2);
        services.later.elapse();
        assertTrue(Files.exists(recoveryFile()));

        services.dialogs.saves.add(Optional.of(dir.resolve("saved.yaml")));
        assertTrue(vm.document().save());
        assertFalse(Files.exists(recoveryFile()), "saving deletes it");

        targetError(0.3);
        services.later.elapse();
        assertTrue(Files.exists(recoveryFile()));
        vm.document().undo();
        assertFalse(Files.exists(recoveryFile()), "undoing back to the saved state deletes it");
        assertEquals(0, services.later.pendingCount());
    }

    @Test
    void givenAWritePendingWhenTheEditsAreSavedThenItNeverRecreatesTheFile() {
        start(Fakes.sample(), Optional.empty());
        targetError(0.2);
        services.dialogs.saves.add(Optional.of(dir.resolve("saved.yaml")));

        vm.document().save();
        services.later.elapse();

        assertFalse(Files.exists(recoveryFile()));
    }

    @Test
    void givenARecoveryFileAtStartWhenRestoredThenItsEditsAreBackUnsavedAndTheTitleSaysSo() throws IOException {
        Path source = dir.resolve("winter.yaml");
        ScenarioFiles.write(Fakes.sample(), source);
        Scenario edits = Fakes.sample().withConfig(Fakes.sample().config().withTargetError(0.3));
        new RecoveryFile(recoveryFile()).write(edits, Optional.of(source));
        start(Fakes.small(10, 20, 30), Optional.empty());
        services.questions.recoveryAnswers.add(true);

        vm.autosave().offerRecovery(services.questions, vm.document());

        assertEquals(List.of("UK winter weekday"), services.questions.offered);
        assertEquals(yaml(edits), yaml(vm.model().scenario()));
        assertTrue(vm.model().isDirty());
        assertEquals(Optional.of(source.toAbsolutePath()), vm.model().fileProperty().get());
        assertEquals("Policy Explorer — UK winter weekday (recovered) *", vm.document().titleProperty().get());
        assertEquals(144, vm.runs().outcomeProperty().get().run().steps());

        services.dialogs.saves.add(Optional.of(source));
        vm.document().save();
        assertEquals("Policy Explorer — UK winter weekday", vm.document().titleProperty().get());
        assertEquals(0.3, ScenarioFiles.read(source).config().targetError(), 1e-12);
    }

    @Test
    void givenARecoveryFileAtStartWhenDeclinedThenItIsDeletedAndNothingChanges() throws IOException {
        new RecoveryFile(recoveryFile()).write(Fakes.sample(), Optional.empty());
        start(Fakes.small(10, 20, 30), Optional.empty());
        services.questions.recoveryAnswers.add(false);

        vm.autosave().offerRecovery(services.questions, vm.document());

        assertEquals(1, services.questions.offered.size());
        assertFalse(Files.exists(recoveryFile()));
        assertEquals("small", vm.model().scenario().name());
        assertFalse(vm.model().isDirty());
    }

    @Test
    void givenNoRecoveryFileThenNothingIsOffered() {
        start(Fakes.sample(), Optional.empty());

        vm.autosave().offerRecovery(services.questions, vm.document());

        assertTrue(services.questions.offered.isEmpty());
    }

    @Test
    void givenAnUnreadableRecoveryFileThenItIsSetAsideAndReported() throws IOException {
        Files.writeString(recoveryFile(), "intensity: [1, 2\n");
        start(Fakes.sample(), Optional.empty());

        vm.autosave().offerRecovery(services.questions, vm.document());

        assertTrue(services.questions.offered.isEmpty());
        assertFalse(Files.exists(recoveryFile()));
        assertTrue(Files.exists(dir.resolve("recovery-unreadable.yaml")));
        assertTrue(vm.status().errorProperty().get());
        assertTrue(vm.status().messageProperty().get().contains("recovery-unreadable.yaml"),
                vm.status().messageProperty().get());
    }
}
