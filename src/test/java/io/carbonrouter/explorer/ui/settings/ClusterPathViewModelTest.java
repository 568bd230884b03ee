package io.carbonrouter.explorer.ui.settings;

import io.carbonrouter.explorer.simulation.ClusterModel;
import io.carbonrouter.explorer.simulation.ClusterModel.ClosedLoad;
import io.carbonrouter.explorer.simulation.DeploymentLoop;
import io.carbonrouter.explorer.simulation.DeploymentLoop.Feedback;
import io.carbonrouter.explorer.ui.Fakes;
import io.carbonrouter.explorer.ui.form.FieldModel;
import io.carbonrouter.explorer.ui.model.ScenarioModel;
import io.carbonrouter.explorer.ui.settings.ClusterPathViewModel.Preset;
import io.carbonrouter.explorer.ui.settings.DeploymentLoopViewModel.Mode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClusterPathViewModelTest {

    private final ScenarioModel model = new ScenarioModel(Fakes.sample());
    private final List<String> reported = new ArrayList<>();
    private final SettingsViewModel settings = new SettingsViewModel(model, reported::add);
    private final ClusterPathViewModel vm = settings.cluster();

    private ClusterModel cluster() {
        return model.scenario().loop().orElseThrow().cluster();
    }

    private FieldModel<Double> field(String label) {
        return vm.rows().stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow().field();
    }

    private void type(String label, String text) {
        field(label).textProperty().set(text);
        field(label).commit();
    }

    @Test
    void givenTheDeployedLoopThenThePathIsIdealAndThePresetsSetItWhole() {
        settings.loop().modeProperty().set(Mode.DEPLOYED);
        assertEquals(Preset.IDEAL, vm.presetProperty().get());
        assertEquals("0", field("Publication lag").textProperty().get());

        vm.presetProperty().set(Preset.HARNESS);

        assertEquals(ClusterModel.HARNESS, cluster());
        assertEquals("140", field("Users").textProperty().get());
        assertTrue(vm.consumerThrottleProperty().get());
        model.undo();
        assertEquals(ClusterModel.IDEAL, cluster());
        assertEquals(Preset.IDEAL, vm.presetProperty().get());
    }

    @Test
    void givenEachPartTypedThenEachIsItsOwnEditAndTheLoopsOtherFieldsKeepIt() {
        settings.loop().modeProperty().set(Mode.DEPLOYED);

        type("Start offset", "70");
        type("Publication lag", "1");
        type("Users", "50");
        vm.countOnCompletionProperty().set(true);
        settings.loop().feedbackProperty().set(Feedback.SAMPLED);

        ClusterModel expected = new ClusterModel(70, 0, 1, 0, 0, true, Optional.of(ClosedLoad.HARNESS.withUsers(50)));
        assertEquals(expected, cluster());
        assertEquals(Feedback.SAMPLED, model.scenario().loop().orElseThrow().feedback());
        assertEquals(Preset.CUSTOM, vm.presetProperty().get());
        model.undo();
        model.undo();
        assertFalse(cluster().countOnCompletion());
        assertEquals(expected.withCountOnCompletion(false), cluster());
        type("Users", "0");
        assertEquals(Optional.empty(), cluster().load());
    }

    @Test
    void givenALagAsLongAsTheIntervalThenItIsRefusedWithTheRulesReason() {
        settings.loop().modeProperty().set(Mode.DEPLOYED);

        field("Publication lag").textProperty().set("15");

        assertTrue(field("Publication lag").errorProperty().get().contains("up to (not including) the evaluation"
                + " interval of 15.0 s"));
        assertEquals(DeploymentLoop.AS_DEPLOYED, model.scenario().loop().orElseThrow());
    }
}
