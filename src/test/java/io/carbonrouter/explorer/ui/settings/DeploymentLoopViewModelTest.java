package io.carbonrouter.explorer.ui.settings;

import io.carbonrouter.explorer.simulation.DeploymentLoop;
import io.carbonrouter.explorer.simulation.DeploymentLoop.DemandForecast;
import io.carbonrouter.explorer.simulation.DeploymentLoop.Feedback;
import io.carbonrouter.explorer.ui.Fakes;
import io.carbonrouter.explorer.ui.model.ScenarioModel;
import io.carbonrouter.explorer.ui.settings.DeploymentLoopViewModel.Mode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeploymentLoopViewModelTest {

    private final ScenarioModel model = new ScenarioModel(Fakes.sample());
    private final List<String> reported = new ArrayList<>();
    private final DeploymentLoopViewModel vm = new SettingsViewModel(model, reported::add).loop();

    private Optional<DeploymentLoop> loop() {
        return model.scenario().loop();
    }

    @Test
    void givenTheSampleWithoutALoopThenTheGroupShowsOneEvaluationPerSlotAndTheDeployedDefaults() {
        assertEquals(Mode.PER_SLOT, vm.modeProperty().get());
        assertFalse(vm.deployedProperty().get());
        assertEquals("15", vm.interval().textProperty().get());
        assertEquals(Feedback.EXPECTED, vm.feedbackProperty().get());
        assertEquals(DemandForecast.FLAT, vm.demandProperty().get());
    }

    @Test
    void givenAsDeployedChosenThenTheScenarioRunsTheEngineDefaultsAndOneUndoTurnsItOff() {
        vm.modeProperty().set(Mode.DEPLOYED);

        assertEquals(Optional.of(DeploymentLoop.AS_DEPLOYED), loop());
        assertTrue(vm.deployedProperty().get());
        model.undo();
        assertEquals(Optional.empty(), loop());
        assertEquals(Mode.PER_SLOT, vm.modeProperty().get());
    }

    @Test
    void givenEachFieldChangedThenEachIsItsOwnUndoStep() {
        vm.modeProperty().set(Mode.DEPLOYED);
        vm.interval().textProperty().set("5");
        vm.interval().commit();
        vm.feedbackProperty().set(Feedback.SAMPLED);
        vm.demandProperty().set(DemandForecast.CURVE);

        assertEquals(Optional.of(new DeploymentLoop(5, Feedback.SAMPLED, DemandForecast.CURVE)), loop());
        model.undo();
        assertEquals(Optional.of(new DeploymentLoop(5, Feedback.SAMPLED, DemandForecast.FLAT)), loop());
        model.undo();
        assertEquals(Optional.of(new DeploymentLoop(5, Feedback.EXPECTED, DemandForecast.FLAT)), loop());
        assertEquals(Feedback.EXPECTED, vm.feedbackProperty().get());
        model.undo();
        assertEquals(Optional.of(DeploymentLoop.AS_DEPLOYED), loop());
        assertEquals("15", vm.interval().textProperty().get());
    }

    @Test
    void givenTheLoopTurnedOffAndOnAgainThenItsSettingsComeBack() {
        vm.modeProperty().set(Mode.DEPLOYED);
        vm.feedbackProperty().set(Feedback.NONE);
        vm.modeProperty().set(Mode.PER_SLOT);

        vm.modeProperty().set(Mode.DEPLOYED);

        assertEquals(Feedback.NONE, loop().orElseThrow().feedback());
    }

    @Test
    void givenAnIntervalOfZeroThenItIsRefusedAndReportedWithTheFieldsName() {
        vm.modeProperty().set(Mode.DEPLOYED);
        vm.interval().textProperty().set("0");

        assertFalse(vm.interval().commit());

        assertEquals(List.of("Evaluation interval: enter a number of seconds above 0"), reported);
        assertEquals(15, loop().orElseThrow().evaluationSeconds());
    }

    @Test
    void givenAnIntervalThatMakesTooManyTicksThenTheValidatorsReasonIsShownAsTyped() {
        vm.modeProperty().set(Mode.DEPLOYED);

        vm.interval().textProperty().set("0.00001");

        assertTrue(vm.interval().errorProperty().get().contains("over the limit of 20000000"),
                vm.interval().errorProperty().get());
    }

    @Test
    void givenTheLoopOffThenFeedbackChangesDoNotEditTheScenario() {
        vm.feedbackProperty().set(Feedback.SAMPLED);

        assertEquals(Optional.empty(), loop());
        assertFalse(model.canUndoProperty().get());
    }

    @Test
    void givenTheHelpThenItNamesWhatEachSettingIsInTheDeployedEngine() {
        assertTrue(DeploymentLoopRows.INTERVAL_HELP.contains("SCHEDULE_EVAL_INTERVAL_SEC"));
        assertTrue(DeploymentLoopRows.MODE_HELP.contains("SCHEDULE_EVAL_INTERVAL_SEC"));
        assertTrue(DeploymentLoopRows.FEEDBACK_HELP.contains("metrics poll"));
        assertTrue(DeploymentLoopRows.DEMAND_HELP.contains("never fed"));
    }
}
