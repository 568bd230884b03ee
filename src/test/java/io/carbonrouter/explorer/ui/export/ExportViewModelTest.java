package io.carbonrouter.explorer.ui.export;

import io.carbonrouter.explorer.engine.FlavourProfile;
import io.carbonrouter.explorer.simulation.DeploymentLoop;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.ui.Fakes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExportViewModelTest {

    @TempDir
    Path dir;

    private final Scenario sample = Fakes.sample();

    @Test
    void givenTheSampleThenItExportsAsTheTrafficScheduleTheOperatorReads() {
        ExportViewModel vm = new ExportViewModel(sample);

        String yaml = vm.yamlProperty().get();
        assertEquals("", vm.problemProperty().get());
        assertTrue(yaml.contains("kind: TrafficSchedule\n"), yaml);
        assertTrue(yaml.contains("  name: traffic-schedule\n  namespace: default\n"), yaml);
        assertTrue(yaml.contains("targetError: \"0.15\""), yaml);
        assertTrue(vm.labelsProperty().get().contains("kubectl label deployment"), vm.labelsProperty().get());
    }

    @Test
    void givenANameKubernetesRefusesThenTheProblemShowsInsteadOfTheText() {
        ExportViewModel vm = new ExportViewModel(sample);

        vm.nameProperty().set("Bad_Name");

        assertTrue(vm.problemProperty().get().startsWith("metadata.name \"Bad_Name\" is not a valid Kubernetes name"));
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
    void givenTheDefaultNameThenTheSampleHasNoFindingAndCheckFindsNothing() {
        ExportViewModel vm = new ExportViewModel(sample);

        assertEquals("traffic-schedule", vm.nameProperty().get());
        assertEquals(List.of(), vm.findings());
        assertEquals("check: no problems · no warnings", vm.summaryProperty().get());
    }

    @Test
    void givenAnotherNameTypedThenTheWarningSaysWhyLiveWithItsFieldPath() {
        ExportViewModel vm = new ExportViewModel(sample);

        vm.nameProperty().set("checkout");

        assertEquals(1, vm.warnings().size(), vm.warnings()::toString);
        assertTrue(vm.warnings().get(0).startsWith("metadata.name 'checkout' is not traffic-schedule"));
        assertTrue(vm.checkProblems().get(0).startsWith("metadata.name: 'checkout'"), vm.checkProblems()::toString);
        assertEquals("check: 1 problem · 1 warning", vm.summaryProperty().get());
        vm.nameProperty().set("traffic-schedule");
        assertEquals(List.of(), vm.findings());
    }

    @Test
    void givenAPolicyTheEngineLacksAndFlavoursTheOperatorMergesThenBothListsSayItWithPaths() {
        Scenario s = sample.toBuilder().policy("precision-tier").flavours(List.of(
                new FlavourProfile("precision-100", 1.0, 1.0, true), new FlavourProfile("precision-33", 0.333, 0.4,
                        true), new FlavourProfile("third", 0.334, 0.5, true))).build();

        ExportViewModel vm = new ExportViewModel(s);

        assertEquals(List.of("spec.scheduler.policy", "flavour 'third'", "flavour 'third'"),
                vm.warnings().stream().map(w -> w.substring(0, w.indexOf(':'))).toList());
        assertEquals(List.of("check: spec.scheduler.policy: policy 'precision-tier' is not registered in the"
                        + " deployed decision engine (credit-greedy, forecast-aware, forecast-aware-global, p100,"
                        + " random, round-robin); it would silently run credit-greedy"),
                vm.findings().stream().filter(f -> f.startsWith("check: ")).toList());
        assertEquals("check: 1 problem · 3 warnings", vm.summaryProperty().get());
    }

    @Test
    void givenANamespaceTypedBadThenTheCheckListNamesTheFieldAndRecoversWhenFixed() {
        ExportViewModel vm = new ExportViewModel(sample);

        vm.namespaceProperty().set("Shop!");

        assertEquals(1, vm.checkProblems().size());
        assertTrue(vm.checkProblems().get(0).startsWith("metadata.namespace \"Shop!\" is not"),
                vm.checkProblems()::toString);
        vm.namespaceProperty().set("shop");
        assertEquals(List.of(), vm.checkProblems());
    }

    @Test
    void givenALoopEveryMinuteThenTheEnvironmentAndItsSetEnvLineCarryTheInterval() {
        Scenario s = sample.toBuilder().loop(Optional.of(new DeploymentLoop(60, DeploymentLoop.Feedback.EXPECTED,
                DeploymentLoop.DemandForecast.FLAT))).build();

        ExportViewModel vm = new ExportViewModel(s);

        assertEquals(List.of("CREDIT_SENSITIVITY=0.33", "SCHEDULE_EVAL_INTERVAL_SEC=60", "THROTTLE_GREEN_BLEND=0.6",
                "THROTTLE_GREEN_OVERRIDE_THRESHOLD=0.99"), vm.environmentLines());
        assertEquals("kubectl set env deployment/carbonrouter-decision-engine -n carbonrouter-system "
                + String.join(" ", vm.environmentLines()), vm.setEnvCommand());
        assertTrue(vm.yamlProperty().get().contains("#   " + vm.setEnvCommand() + "\n"));
    }
}
