package io.carbonrouter.explorer.ui.settings;

import io.carbonrouter.explorer.engine.ComponentBound;
import io.carbonrouter.explorer.ui.Fakes;
import io.carbonrouter.explorer.ui.form.NumberSetting;
import io.carbonrouter.explorer.ui.model.ScenarioModel;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettingsViewModelTest {

    private final ScenarioModel model = new ScenarioModel(Fakes.sample());
    private final List<String> reported = new ArrayList<>();
    private final SettingsViewModel vm = new SettingsViewModel(model, reported::add);

    private NumberSetting setting(String key) {
        return vm.setting(key).orElseThrow();
    }

    @Test
    void givenEverySettingThenItsTooltipSaysWhatItDoesAndWhereItLives() {
        assertTrue(setting("creditMin").spec().tooltip().contains("spec.scheduler.creditMin"));
        assertTrue(setting("creditSensitivity").spec().tooltip().contains("not in the CRD"));
        assertTrue(setting("router-max").spec().tooltip().contains("spec.router.autoscaling.maxReplicaCount"));
        vm.ledger().forEach(s -> assertFalse(s.spec().help().isBlank(), s.spec().key()));
    }

    @Test
    void givenATypedValueWhenCommittedThenTheConfigChanges() {
        NumberSetting target = setting("targetError");
        assertEquals("0.15", target.field().textProperty().get());

        target.field().textProperty().set("0.25");
        target.field().commit();

        assertEquals(0.25, model.scenario().config().targetError(), 1e-12);
        assertEquals(0.25, target.sliderProperty().get(), 1e-12);
    }

    @Test
    void givenTextThatIsNotANumberThenItIsRefusedAndReportedWithTheSettingsName() {
        NumberSetting window = setting("creditWindow");

        window.field().textProperty().set("12.5");
        window.field().commit();

        assertEquals("enter a whole number of at least 1", window.field().errorProperty().get());
        assertEquals(List.of("Credit window: enter a whole number of at least 1"), reported);
        assertEquals(300, model.scenario().config().creditWindow());
    }

    @Test
    void givenASliderDragThenEveryValueRunsButTheDragIsOneUndoStep() {
        NumberSetting sensitivity = setting("creditSensitivity");

        sensitivity.setDragging(true);
        sensitivity.sliderProperty().set(0.5);
        sensitivity.sliderProperty().set(0.8);
        sensitivity.sliderProperty().set(1.1);
        sensitivity.setDragging(false);

        assertEquals(1.1, model.scenario().config().creditSensitivity(), 1e-12);
        assertEquals("1.1", sensitivity.field().textProperty().get());
        model.undo();
        assertEquals(0.33, model.scenario().config().creditSensitivity(), 1e-12);
        assertFalse(model.canUndoProperty().get());
    }

    @Test
    void givenACreditMinAboveCreditMaxThenTheFieldAcceptsItForTheBannerToReport() {
        setting("creditMin").field().textProperty().set("3");

        assertTrue(setting("creditMin").field().commit());
        assertEquals(3, model.scenario().config().creditMin());
    }

    @Test
    void givenBoundsWhenOneSideIsClearedThenOnlyThatSideGoesAndBothClearedDropTheComponent() {
        setting("router-min").field().textProperty().set("");
        setting("router-min").field().commit();

        ComponentBound router = model.scenario().componentBounds().get(0);
        assertEquals(OptionalInt.empty(), router.min());
        assertEquals(OptionalInt.of(10), router.max());

        setting("router-max").field().textProperty().set("");
        setting("router-max").field().commit();
        assertEquals(List.of("consumer", "target"),
                model.scenario().componentBounds().stream().map(ComponentBound::component).toList());

        setting("router-max").field().textProperty().set("4");
        setting("router-max").field().commit();
        assertEquals("router", model.scenario().componentBounds().get(2).component());
    }

    @Test
    void givenANegativeReplicaCountThenItIsRefused() {
        setting("consumer-max").field().textProperty().set("-2");

        assertFalse(setting("consumer-max").field().commit());
        assertEquals(OptionalInt.of(12), model.scenario().componentBounds().get(1).max());
    }

    @Test
    void givenForecastSettingsThenStartStepsAndRepeatEditTheScenario() {
        vm.start().textProperty().set("2031-06-01T06:00:00Z");
        vm.start().commit();
        setting("steps").field().textProperty().set("");
        setting("steps").field().commit();
        vm.repeatProperty().set(false);

        assertEquals(Optional.of(Instant.parse("2031-06-01T06:00:00Z")), model.scenario().start());
        assertEquals(OptionalInt.empty(), model.scenario().steps());
        assertFalse(model.scenario().repeat());
    }

    @Test
    void givenABadStartThenItIsRefusedWithAnExample() {
        vm.start().textProperty().set("tomorrow");

        assertFalse(vm.start().commit());
        assertTrue(vm.start().errorProperty().get().contains("2030-01-15T00:00:00Z"));
    }

    @Test
    void givenAnUndoThenEveryFieldShowsTheRestoredValue() {
        setting("throttleMin").field().textProperty().set("0.2");
        setting("throttleMin").field().commit();

        model.undo();

        assertEquals("0.05", setting("throttleMin").field().textProperty().get());
    }
}
