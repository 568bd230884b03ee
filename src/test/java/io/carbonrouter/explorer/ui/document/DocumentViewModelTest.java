package io.carbonrouter.explorer.ui.document;

import io.carbonrouter.explorer.io.ScenarioFiles;
import io.carbonrouter.explorer.ui.Fakes;
import io.carbonrouter.explorer.ui.MainViewModel;
import io.carbonrouter.explorer.ui.service.UnsavedChangesPrompt.Answer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentViewModelTest {

    @TempDir
    Path dir;

    private Fakes.Services services;
    private MainViewModel vm;

    private DocumentViewModel open() {
        services = new Fakes.Services(dir);
        vm = new MainViewModel(services.services, Fakes.sample(), Optional.empty());
        return vm.document();
    }

    private void edit() {
        vm.model().edit("target", s -> s.withConfig(s.config().withTargetError(0.2)));
    }

    @Test
    void givenTheSampleThenTheTitleNamesTheAppAndTheScenarioAndAStarMarksEdits() {
        DocumentViewModel doc = open();
        assertEquals("Policy Explorer — UK winter weekday", doc.titleProperty().get());

        edit();

        assertEquals("Policy Explorer — UK winter weekday *", doc.titleProperty().get());
    }

    @Test
    void givenSaveWithoutAFileThenItAsksForOneWritesItAndRemembersIt() throws IOException {
        DocumentViewModel doc = open();
        edit();
        Path target = dir.resolve("mine.yaml");
        services.dialogs.saves.add(Optional.of(target));

        assertTrue(doc.save());

        assertEquals(0.2, ScenarioFiles.read(target).config().targetError(), 1e-12);
        assertFalse(vm.model().isDirty());
        assertEquals(Optional.of(target.toAbsolutePath()), services.settings.lastScenario());
        assertTrue(Files.readString(dir.resolve("settings.properties")).contains("mine.yaml"));
        assertEquals("Saved mine.yaml", vm.status().messageProperty().get());
    }

    @Test
    void givenAScenarioWithProblemsThenSaveRefusesAndSaysWhy() {
        DocumentViewModel doc = open();
        vm.model().edit("bad", s -> s.withConfig(s.config().withCreditMin(5)));
        services.dialogs.saves.add(Optional.of(dir.resolve("bad.yaml")));

        assertFalse(doc.save());

        assertFalse(Files.exists(dir.resolve("bad.yaml")));
        assertTrue(vm.status().errorProperty().get());
        assertTrue(vm.status().messageProperty().get().startsWith("Not saved: fix the scenario first"));
    }

    @Test
    void givenUnsavedEditsWhenOpeningThenCancelKeepsThemAndDiscardOpensTheFile() throws IOException {
        DocumentViewModel doc = open();
        Path other = dir.resolve("other.yaml");
        ScenarioFiles.write(Fakes.small(10, 20, 30), other);
        edit();

        services.prompt.answers.add(Answer.CANCEL);
        doc.open();
        assertEquals("UK winter weekday", vm.model().scenario().name());

        services.prompt.answers.add(Answer.DISCARD);
        services.dialogs.opens.add(Optional.of(other));
        doc.open();
        assertEquals("small", vm.model().scenario().name());
        assertEquals(2, services.prompt.asked);
        assertFalse(vm.model().isDirty());
        assertEquals(3, vm.runs().outcomeProperty().get().run().steps());
    }

    @Test
    void givenUnsavedEditsWhenClosingAndAnsweringSaveThenItSavesFirst() {
        DocumentViewModel doc = open();
        edit();
        services.prompt.answers.add(Answer.SAVE);
        services.dialogs.saves.add(Optional.of(dir.resolve("kept.yaml")));

        assertTrue(doc.confirmDiscard());

        assertTrue(Files.exists(dir.resolve("kept.yaml")));
    }

    @Test
    void givenNoEditsThenClosingAsksNothing() {
        DocumentViewModel doc = open();

        assertTrue(doc.confirmDiscard());
        assertEquals(0, services.prompt.asked);
    }

    @Test
    void givenABrokenFileThenOpeningSaysWhereAndChangesNothing() throws IOException {
        DocumentViewModel doc = open();
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, "flavours:\n  - {name: a, precision: 140}\nintensity: [1]\n");

        assertFalse(doc.openFile(broken));

        assertTrue(vm.status().messageProperty().get().contains("broken.yaml"), vm.status().messageProperty().get());
        assertEquals("UK winter weekday", vm.model().scenario().name());
    }

    @Test
    void givenASampleThenItOpensWithoutAFile() {
        DocumentViewModel doc = open();
        vm.model().edit("rename", s -> s.toBuilder().name("x").build());
        services.prompt.answers.add(Answer.DISCARD);

        doc.openSample(doc.samples().get(0));

        assertEquals("UK winter weekday", vm.model().scenario().name());
        assertEquals(Optional.empty(), vm.model().fileProperty().get());
    }

    @Test
    void givenExportThenTheCurrentScenarioGoesToTheExportAction() {
        DocumentViewModel doc = open();
        edit();

        doc.export();

        assertEquals(1, services.exported.size());
        assertEquals(0.2, services.exported.get(0).config().targetError(), 1e-12);
    }

    @Test
    void givenUndoAndRedoThenTheStatusSaysWhat() {
        DocumentViewModel doc = open();
        edit();

        doc.undo();
        assertEquals("Undid target", vm.status().messageProperty().get());
        doc.redo();
        assertEquals("Redid target", vm.status().messageProperty().get());
        assertEquals(0.2, vm.model().scenario().config().targetError(), 1e-12);
    }

    @Test
    void givenFilesOpenedAndSavedThenTheyAreTheRecentFilesNewestFirstAndKeptInTheSettings() throws IOException {
        DocumentViewModel doc = open();
        Path first = dir.resolve("first.yaml");
        ScenarioFiles.write(Fakes.small(1, 2), first);
        Path second = dir.resolve("second.yaml");

        doc.openFile(first);
        services.dialogs.saves.add(Optional.of(second));
        doc.saveAs();

        assertEquals(java.util.List.of(second, first), doc.recent().files());
        assertEquals(java.util.List.of(second, first),
                io.carbonrouter.explorer.ui.service.AppSettings.load(dir.resolve("settings.properties"))
                        .recentScenarios());
    }

    @Test
    void givenARecentFileThatIsGoneThenItLeavesTheListWithAMessageAndNothingIsAsked() throws IOException {
        DocumentViewModel doc = open();
        Path gone = dir.resolve("gone.yaml");
        ScenarioFiles.write(Fakes.small(1, 2), gone);
        doc.openFile(gone);
        edit();
        Files.delete(gone);

        doc.openRecent(gone);

        assertTrue(doc.recent().files().isEmpty());
        assertEquals(0, services.prompt.asked);
        assertTrue(vm.status().errorProperty().get());
        assertEquals(gone + " is no longer there; removed it from the recent files",
                vm.status().messageProperty().get());
        assertTrue(vm.model().isDirty(), "the edits stay");
    }

    @Test
    void givenUnsavedEditsWhenOpeningARecentFileThenItAsksFirst() throws IOException {
        DocumentViewModel doc = open();
        Path other = dir.resolve("other.yaml");
        ScenarioFiles.write(Fakes.small(10, 20, 30), other);
        doc.openFile(other);
        vm.document().openSample(doc.samples().get(0));
        edit();

        services.prompt.answers.add(Answer.CANCEL);
        doc.openRecent(other);
        assertEquals("UK winter weekday", vm.model().scenario().name());

        services.prompt.answers.add(Answer.DISCARD);
        doc.openRecent(other);
        assertEquals("small", vm.model().scenario().name());
        assertEquals(2, services.prompt.asked);
    }

    @Test
    void givenClearThenTheRecentFilesAreGone() throws IOException {
        DocumentViewModel doc = open();
        Path file = dir.resolve("a.yaml");
        ScenarioFiles.write(Fakes.small(1, 2), file);
        doc.openFile(file);

        doc.clearRecent();

        assertTrue(doc.recent().files().isEmpty());
        assertTrue(services.settings.recentScenarios().isEmpty());
    }

    @Test
    void givenADeviceThenOpeningRefusesWithoutReadingItAndChangesNothing() {
        DocumentViewModel doc = open();

        assertFalse(doc.openFile(Path.of("/dev/zero")));

        assertTrue(vm.status().messageProperty().get().contains("is not a regular file"),
                vm.status().messageProperty().get());
        assertEquals("UK winter weekday", vm.model().scenario().name());
    }

    @Test
    void givenAUtf16FileThenOpeningNamesTheEncoding() throws IOException {
        DocumentViewModel doc = open();
        Path file = dir.resolve("utf16.yaml");
        Files.write(file, "intensity: [1, 2]\n".getBytes(StandardCharsets.UTF_16));

        assertFalse(doc.openFile(file));

        assertTrue(vm.status().messageProperty().get().contains("UTF-16 is not supported: save the file as UTF-8"),
                vm.status().messageProperty().get());
    }
}
