package io.carbonrouter.explorer.ui.settings;

import io.carbonrouter.explorer.io.ScenarioFiles;
import io.carbonrouter.explorer.simulation.ComponentSettings;
import io.carbonrouter.explorer.ui.Fakes;
import io.carbonrouter.explorer.ui.form.FieldModel;
import io.carbonrouter.explorer.ui.model.ScenarioModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OperatorSettingsTest {

    @TempDir
    Path dir;

    private final ScenarioModel model = new ScenarioModel(Fakes.sample());
    private final List<String> reported = new ArrayList<>();
    private final SettingsViewModel vm = new SettingsViewModel(model, reported::add);

    private OperatorSettings component(String name) {
        return vm.operator().stream().filter(o -> o.component().equals(name)).findFirst().orElseThrow();
    }

    private FieldModel<?> field(String component, String label) {
        return component(component).field(label).orElseThrow().field();
    }

    private static void type(FieldModel<?> f, String text) {
        f.textProperty().set(text);
        f.commit();
    }

    private ComponentSettings settings(String component) {
        return model.scenario().deployment().component(component);
    }

    @Test
    void givenTheSampleThenEveryComponentShowsTheDefaultsAndOnlyPodsHaveResourcesAndDebug() {
        assertEquals(List.of("router", "consumer", "target"),
                vm.operator().stream().map(OperatorSettings::component).toList());
        assertEquals("60", field("router", "Cooldown (s)").textProperty().get());
        assertEquals("120", field("consumer", "Cooldown (s)").textProperty().get());
        assertEquals("80", field("target", "CPU trigger (%)").textProperty().get());
        assertEquals("", field("router", "CPU request").textProperty().get());
        assertEquals(6, component("consumer").fields().size());
        assertEquals(2, component("target").fields().size());
        assertTrue(component("target").debug().isEmpty());
        assertFalse(component("router").debug().orElseThrow().get());
    }

    @Test
    void givenEveryFieldThenItsTooltipNamesTheTrafficScheduleFieldAndSaysItIsNotSimulated() {
        assertTrue(component("router").field("Mem limit").orElseThrow().tooltip()
                .startsWith("spec.router.resources.limits.memory: "));
        assertTrue(component("target").field("CPU trigger (%)").orElseThrow().tooltip()
                .startsWith("spec.target.autoscaling.cpuUtilization: "));
        assertTrue(component("consumer").debugTooltip().startsWith("spec.consumer.debug: "));
        vm.operator().stream().flatMap(o -> o.fields().stream()).forEach(f ->
                assertTrue(f.tooltip().contains("the explorer does not simulate it"), f.key()));
    }

    @Test
    void givenEachFieldTypedThenItIsOneUndoStepOfTheScenario() {
        type(field("router", "Cooldown (s)"), "30");
        type(field("router", "CPU trigger (%)"), "70");
        type(field("consumer", "CPU request"), "200m");
        type(field("consumer", "Mem limit"), "512Mi");
        component("consumer").debug().orElseThrow().set(true);

        assertEquals(new ComponentSettings(30, 70, Map.of(), Map.of(), false), settings("router"));
        assertEquals(new ComponentSettings(120, 80, Map.of("cpu", "200m"), Map.of("memory", "512Mi"), true),
                settings("consumer"));
        assertEquals("consumer debug on", model.undoLabelProperty().get());
        model.undo();
        assertFalse(settings("consumer").debug());
        assertEquals("consumer resources.limits.memory", model.undoLabelProperty().get());
        model.undo();
        assertEquals(Map.of(), settings("consumer").limits());
        assertEquals("", field("consumer", "Mem limit").textProperty().get());
        model.undo();
        model.undo();
        assertEquals(80, settings("router").cpuUtilization());
        model.undo();
        assertEquals("60", field("router", "Cooldown (s)").textProperty().get());
        assertEquals(ComponentSettings.defaults("router"), settings("router"));
    }

    @Test
    void givenTextTheValidatorRefusesThenItStaysAsTypedWithTheValidatorsReason() {
        FieldModel<?> cooldown = field("target", "Cooldown (s)");
        FieldModel<?> cpu = field("router", "CPU trigger (%)");
        FieldModel<?> request = field("router", "CPU request");

        type(cooldown, "-5");
        type(cpu, "0");
        type(request, "lots");
        type(field("router", "Mem request"), "1.5x");

        assertEquals("must be a whole number of seconds >= 0, got -5", cooldown.errorProperty().get());
        assertEquals("must be a percentage >= 1, got 0", cpu.errorProperty().get());
        assertEquals("\"lots\" is not a Kubernetes quantity (200m, 1, 512Mi, ...)", request.errorProperty().get());
        assertEquals("-5", cooldown.textProperty().get());
        assertEquals(4, reported.size(), reported::toString);
        assertEquals("Target Cooldown (s): must be a whole number of seconds >= 0, got -5", reported.get(0));
        assertEquals(Fakes.sample().deployment(), model.scenario().deployment());
        assertFalse(model.canUndoProperty().get());
    }

    @Test
    void givenANumberBeyondTheCrdsInt32ThenItIsRefusedBeforeTheValidator() {
        FieldModel<?> cooldown = field("router", "Cooldown (s)");

        type(cooldown, "2147483648");

        assertEquals("enter a whole number up to 2147483647", cooldown.errorProperty().get());
    }

    @Test
    void givenAQuantityClearedThenTheResourceIsNoLongerSet() {
        type(field("router", "CPU limit"), "1");
        type(field("router", "CPU limit"), " ");

        assertEquals(Map.of(), settings("router").limits());
        assertFalse(settings("router").hasResources());
    }

    @Test
    void givenEditedSettingsWhenSavedAndReopenedThenTheyComeBackIntoTheFields() throws IOException {
        type(field("router", "Cooldown (s)"), "45");
        type(field("router", "CPU request"), "250m");
        type(field("consumer", "Mem request"), "256Mi");
        component("router").debug().orElseThrow().set(true);
        type(field("target", "CPU trigger (%)"), "65");
        Path file = dir.resolve("saved.yaml");

        ScenarioFiles.write(model.scenario(), file);
        ScenarioModel reopened = new ScenarioModel(Fakes.sample());
        SettingsViewModel again = new SettingsViewModel(reopened, reported::add);
        reopened.load(ScenarioFiles.read(file), Optional.of(file));

        assertEquals(model.scenario().deployment(), reopened.scenario().deployment());
        OperatorSettings router = again.operator().get(0);
        assertEquals("45", router.field("Cooldown (s)").orElseThrow().field().textProperty().get());
        assertEquals("250m", router.field("CPU request").orElseThrow().field().textProperty().get());
        assertTrue(router.debug().orElseThrow().get());
        assertEquals("256Mi", again.operator().get(1).field("Mem request").orElseThrow().field().textProperty()
                .get());
        assertEquals("65", again.operator().get(2).field("CPU trigger (%)").orElseThrow().field().textProperty()
                .get());
    }
}
