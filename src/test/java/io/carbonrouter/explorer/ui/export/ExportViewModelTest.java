package io.carbonrouter.explorer.ui.export;

import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.ui.Fakes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExportViewModelTest {

    @TempDir
    Path dir;

    private final Scenario sample = Fakes.sample();

    @Test
    void givenTheSampleThenItExportsAsATrafficScheduleNamedAfterTheScenario() {
        ExportViewModel vm = new ExportViewModel(sample);

        String yaml = vm.yamlProperty().get();
        assertEquals("", vm.problemProperty().get());
        assertTrue(yaml.contains("kind: TrafficSchedule\n"), yaml);
        assertTrue(yaml.contains("  name: uk-winter-weekday\n  namespace: default\n"), yaml);
        assertTrue(yaml.contains("targetError: \"0.15\""), yaml);
        assertTrue(vm.labelsProperty().get().contains("kubectl label deployment"), vm.labelsProperty().get());
    }

    @Test
    void givenANameKubernetesRefusesThenTheProblemShowsInsteadOfTheText() {
        ExportViewModel vm = new ExportViewModel(sample);

        vm.nameProperty().set("Bad_Name");

        assertTrue(vm.problemProperty().get().startsWith("name \"Bad_Name\" is not a valid Kubernetes name"));
        assertEquals("", vm.yamlProperty().get());
        vm.nameProperty().set("good");
        assertTrue(vm.yamlProperty().get().contains("  name: good\n"));
    }

    @Test
    void givenSchedulerSettingsThatCannotBeExportedThenTheProblemSaysWhich() {
        ExportViewModel vm = new ExportViewModel(sample.withConfig(sample.config().withCreditMin(3)));

        assertTrue(vm.problemProperty().get().startsWith("cannot export: config.creditMin"),
                vm.problemProperty().get());
        assertThrows(IllegalStateException.class, () -> vm.save(dir.resolve("x.yaml")));
    }

    @Test
    void givenNoFlavourEnabledThenTheResourceStillExportsAndTheLabelsSayWhyNot() {
        Scenario off = sample.toBuilder().flavours(sample.flavours().stream().map(f -> f.withEnabled(false))
                .toList()).build();

        ExportViewModel vm = new ExportViewModel(off);

        assertEquals("", vm.problemProperty().get());
        assertTrue(vm.yamlProperty().get().contains("kind: TrafficSchedule"));
        assertTrue(vm.labelsProperty().get().startsWith("# cannot label flavours"), vm.labelsProperty().get());
    }

    @Test
    void givenSaveThenTheFileHoldsTheYaml() throws IOException {
        ExportViewModel vm = new ExportViewModel(sample);
        Path file = dir.resolve("ts.yaml");

        vm.save(file);

        assertEquals(vm.yamlProperty().get(), Files.readString(file));
    }

    @Test
    void givenScenarioNamesThenResourceNamesFollowTheKubernetesRules() {
        assertEquals("uk-winter-weekday", ExportViewModel.resourceName("UK winter weekday"));
        assertEquals("policy-explorer", ExportViewModel.resourceName("  ***  "));
        assertEquals("a-b", ExportViewModel.resourceName("--A & B--"));
    }
}
