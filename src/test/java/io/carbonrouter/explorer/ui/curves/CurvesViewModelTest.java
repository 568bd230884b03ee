package io.carbonrouter.explorer.ui.curves;

import io.carbonrouter.explorer.ui.Fakes;
import io.carbonrouter.explorer.ui.model.ScenarioModel;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CurvesViewModelTest {

    private final ScenarioModel model = new ScenarioModel(Fakes.sample());
    private final CurvesViewModel vm = new CurvesViewModel(model, () -> 60);

    @Test
    void givenAPointDragThenTheRunFollowsEveryMoveAndTheGestureIsOneUndoStep() {
        double[] start = model.scenario().intensity();
        double[] first = start.clone();
        first[3] = 300;
        double[] second = start.clone();
        second[3] = 320;

        vm.dragged(first);
        assertEquals(300, model.scenario().intensity()[3]);
        vm.finished(second);

        assertEquals(320, model.scenario().intensity()[3]);
        model.undo();
        assertArrayEquals(start, model.scenario().intensity());
        assertFalse(model.canUndoProperty().get());
    }

    @Test
    void givenTheDemandTargetThenEditsGoToTheDemandCurve() {
        vm.targetProperty().set(CurveTarget.DEMAND);
        double[] demand = model.scenario().demand().clone();
        demand[0] = 5;

        vm.finished(demand);

        assertEquals(5, model.scenario().demand()[0]);
        assertEquals(172, model.scenario().intensity()[0]);
        assertArrayEquals(demand, vm.valuesProperty().get());
    }

    @Test
    void givenTheDemandCurveRemovedThenTheEditorFallsBackToIntensity() {
        vm.targetProperty().set(CurveTarget.DEMAND);

        vm.setDemand(false);

        assertFalse(model.scenario().hasDemand());
        assertEquals(CurveTarget.INTENSITY, vm.targetProperty().get());
        vm.setDemand(true);
        assertEquals(48, model.scenario().demand().length);
        assertEquals(100, model.scenario().demand()[7]);
    }

    @Test
    void givenEveryPresetThenTheCurveKeepsItsLengthAndStaysValid() {
        for (CurvePreset p : CurvePreset.values()) {
            vm.applyPreset(p);
            double[] curve = model.scenario().intensity();
            assertEquals(48, curve.length, p.name());
            for (double v : curve) {
                assertTrue(Double.isFinite(v) && v >= 0, p + " gave " + v);
            }
        }
    }

    @Test
    void givenASpikeThenItRisesAtTheCursorsPointOfTheCurve() {
        vm.applyPreset(CurvePreset.SPIKE);

        double[] curve = model.scenario().intensity();
        assertTrue(curve[60 % 48] > curve[0], "the cursor is at step 60, point 12 of the repeating curve");
    }

    @Test
    void givenTransformsThenTheyUseTheirTypedParameters() {
        double first = model.scenario().intensity()[0];
        vm.scaleFactor().textProperty().set("2");
        vm.scale();
        assertEquals(2 * first, model.scenario().intensity()[0], 1e-9);

        vm.shiftBy().textProperty().set("-1000");
        vm.shift();
        assertEquals(0, model.scenario().intensity()[0], "curves stop at 0");

        vm.noiseAmplitude().textProperty().set("abc");
        vm.addNoise();
        assertEquals("enter a number from 0 to 1000000", vm.noiseAmplitude().errorProperty().get());
        assertEquals("shift curve", model.undoLabelProperty().get(), "a refused parameter changes nothing");
    }

    @Test
    void givenTheSameNoiseSeedThenTheNoiseRepeats() {
        vm.addNoise();
        double[] once = model.scenario().intensity();
        model.undo();

        vm.addNoise();

        assertArrayEquals(once, model.scenario().intensity());
    }
}
