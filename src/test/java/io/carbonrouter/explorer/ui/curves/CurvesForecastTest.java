package io.carbonrouter.explorer.ui.curves;

import io.carbonrouter.explorer.simulation.ForecastError;
import io.carbonrouter.explorer.simulation.ForecastView;
import io.carbonrouter.explorer.simulation.DeploymentLoop;
import io.carbonrouter.explorer.simulation.Run;
import io.carbonrouter.explorer.ui.Fakes;
import io.carbonrouter.explorer.ui.chart.CurveFan;
import io.carbonrouter.explorer.ui.model.ScenarioModel;
import io.carbonrouter.explorer.ui.model.Timeline;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CurvesForecastTest {

    private static final ForecastError ERROR = new ForecastError(5, 20, 0.5, 0.8, 7);

    private final ScenarioModel model = new ScenarioModel(Fakes.sample());
    private final AtomicInteger cursor = new AtomicInteger(10);
    private final CurvesViewModel vm = new CurvesViewModel(model, cursor::get);

    @Test
    void givenThePerfectForecastThenThereIsNoFan() {
        assertNull(vm.fanProperty().get());
    }

    @Test
    void givenAnErrorModelThenTheFanIsTheForecastIssuedAtTheCursorWithBandsGrowingWithLead() {
        model.edit("error", s -> s.toBuilder().forecastError(Optional.of(ERROR)).build());

        CurveFan fan = vm.fanProperty().get();

        assertNotNull(fan);
        assertEquals(10, fan.from());
        int size = Math.min(model.scenario().horizonSlots(), model.scenario().intensity().length - 10);
        assertArrayEquals(new ForecastView(model.scenario()).issuedAt(10, size), fan.line());
        assertEquals(model.scenario().intensity()[12] + 5, fan.mid()[2]);
        assertEquals(20, fan.spread()[0]);
        assertEquals(20 * (1 + 0.5 * 4), fan.spread()[4]);
        assertTrue(fan.hasBands());
    }

    @Test
    void givenAnErrorModelWhenTheCursorMovesThenTheFanIsIssuedAtTheNewStep() {
        model.edit("error", s -> s.toBuilder().forecastError(Optional.of(ERROR)).build());
        CurveFan before = vm.fanProperty().get();

        cursor.set(30);
        vm.cursorMoved();

        assertEquals(30, vm.fanProperty().get().from());
        assertFalse(Arrays.equals(before.line(), vm.fanProperty().get().line()));
    }

    @Test
    void givenAForecastCurveThenTheFanIsThatCurveWithoutBands() {
        double[] forecast = model.scenario().intensity().clone();
        Arrays.setAll(forecast, i -> forecast[i] + 30);
        model.edit("forecast", s -> s.toBuilder().forecast(forecast).build());

        CurveFan fan = vm.fanProperty().get();

        assertEquals(forecast[10], fan.line()[0]);
        assertFalse(fan.hasBands());
    }

    @Test
    void givenTheDemandTargetThenThereIsNoFan() {
        model.edit("error", s -> s.toBuilder().forecastError(Optional.of(ERROR)).build());

        vm.targetProperty().set(CurveTarget.DEMAND);

        assertNull(vm.fanProperty().get());
    }

    @Test
    void givenTheDeployedLoopWhenTheCursorStepsThroughTicksThenTheFanIsIssuedAtTheSlotTheRunRead() {
        model.edit("loop", s -> s.toBuilder().forecastError(Optional.of(ERROR))
                .loop(Optional.of(DeploymentLoop.AS_DEPLOYED)).repeat(true).steps(OptionalInt.of(60)).build());
        Timeline timeline = new Timeline(model);
        CurvesViewModel deployed = new CurvesViewModel(model, timeline::cursorSlot);
        timeline.cursorSlotProperty().addListener((obs, old, now) -> deployed.cursorMoved());
        Run run = Fakes.SIMULATOR.run(model.scenario());
        int points = model.scenario().intensity().length;

        timeline.show(run);

        assertTrue(run.steps() > 60 * 100, "ticks within slots, past the curve's end: " + run.steps());
        for (int t : new int[] {0, 119, 120, 121, 1000, 47 * 120, 50 * 120 + 7, run.steps() - 1}) {
            timeline.moveTo(t);
            assertEquals(run.slot(t) % points, deployed.fanProperty().get().from(), "fan at tick " + t);
        }
        timeline.moveTo(130);
        assertEquals(1, deployed.fanProperty().get().from(), "the fan is not issued at tick % points");
    }
}
