package io.carbonrouter.explorer.ui.settings;

import io.carbonrouter.explorer.simulation.ForecastError;
import io.carbonrouter.explorer.ui.Fakes;
import io.carbonrouter.explorer.ui.form.NumberSetting;
import io.carbonrouter.explorer.ui.model.ScenarioModel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ForecastSettingsViewModelTest {

    private final ScenarioModel model = new ScenarioModel(Fakes.sample());
    private final List<String> reported = new ArrayList<>();
    private final ForecastSettingsViewModel vm = new SettingsViewModel(model, reported::add).engineForecast();

    private NumberSetting field(String key) {
        return vm.errorFields().stream().filter(n -> n.spec().key().equals("forecastError-" + key)).findFirst()
                .orElseThrow();
    }

    @Test
    void givenNoForecastWhenCurveIsChosenThenTheForecastIsACopyOfTheActualCurveInOneUndoStep() {
        assertEquals(ForecastMode.PERFECT, vm.modeProperty().get());

        vm.modeProperty().set(ForecastMode.CURVE);

        assertArrayEquals(model.scenario().intensity(), model.scenario().forecast());
        assertTrue(model.scenario().hasForecast());
        model.undo();
        assertFalse(model.scenario().hasForecast());
        assertEquals(ForecastMode.PERFECT, vm.modeProperty().get());
    }

    @Test
    void givenAnImportedForecastCurveWhenErrorModelThenCurveIsChosenThenTheCurveIsReplacedByACopy() {
        double[] imported = model.scenario().intensity().clone();
        imported[0] += 50;
        model.edit("import", s -> s.toBuilder().forecast(imported).build());
        assertEquals(ForecastMode.CURVE, vm.modeProperty().get());

        vm.modeProperty().set(ForecastMode.ERROR_MODEL);

        assertFalse(model.scenario().hasForecast());
        assertTrue(model.scenario().forecastError().isPresent());
        model.undo();
        assertArrayEquals(imported, model.scenario().forecast());
        assertEquals(ForecastMode.CURVE, vm.modeProperty().get());
    }

    @Test
    void givenTheErrorModelWhenAFieldIsTypedThenOnlyThatFieldChangesInOneUndoStep() {
        vm.modeProperty().set(ForecastMode.ERROR_MODEL);
        ForecastError before = model.scenario().forecastError().orElseThrow();

        field("sd").field().textProperty().set("35");
        assertTrue(field("sd").field().commit());

        assertEquals(Optional.of(new ForecastError(before.bias(), 35, before.growth(), before.correlation(),
                before.seed())), model.scenario().forecastError());
        model.undo();
        assertEquals(Optional.of(before), model.scenario().forecastError());
    }

    @Test
    void givenOutOfRangeTextThenItIsRefusedWithTheFieldNamedAndTheModelKept() {
        vm.modeProperty().set(ForecastMode.ERROR_MODEL);
        ForecastError before = model.scenario().forecastError().orElseThrow();

        field("correlation").field().textProperty().set("1.5");
        field("correlation").field().commit();
        field("sd").field().textProperty().set("-1");
        field("sd").field().commit();

        assertEquals(Optional.of(before), model.scenario().forecastError());
        assertEquals(2, reported.size(), reported.toString());
        assertTrue(reported.get(0).startsWith("Correlation: "), reported.get(0));
        assertTrue(reported.get(1).startsWith("Error sd: "), reported.get(1));
    }

    @Test
    void givenEveryErrorFieldThenItsTooltipSaysWhatItModels() {
        assertEquals(List.of("forecastError-bias", "forecastError-sd", "forecastError-growth",
                "forecastError-correlation", "forecastError-errorSeed"),
                vm.errorFields().stream().map(n -> n.spec().key()).toList());
        vm.errorFields().forEach(n -> assertTrue(n.spec().tooltip().contains("forecastError"), n.spec().key()));
        assertTrue(field("growth").spec().tooltip().contains("lead time"));
    }
}
