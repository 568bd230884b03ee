package io.carbonrouter.explorer.ui.run;

import io.carbonrouter.explorer.simulation.DeploymentLoop;
import io.carbonrouter.explorer.simulation.DeploymentLoop.DemandForecast;
import io.carbonrouter.explorer.simulation.DeploymentLoop.Feedback;
import io.carbonrouter.explorer.simulation.Run;
import io.carbonrouter.explorer.ui.Fakes;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SlotStepsTest {

    /** 30-minute slots, a tick every 700 s: slots hold 3 or 2 ticks (0-2, 3-5, 6-7, 8-10, ...). */
    private final Run run = Fakes.SIMULATOR.run(Fakes.sample().toBuilder()
            .loop(Optional.of(new DeploymentLoop(700, Feedback.EXPECTED, DemandForecast.FLAT))).build());

    @Test
    void givenUnevenSlotsThenTheirFirstTicksFollowTheClock() {
        assertEquals(0, run.slot(2));
        assertEquals(1, run.slot(3));
        assertEquals(2, run.slot(6));
        assertEquals(3, run.slot(8));
    }

    @Test
    void givenATickMidSlotWhenSteppingForwardBySlotThenTheCursorLandsOnTheNextSlotsFirstTick() {
        assertEquals(3, SlotSteps.next(run, 1));
        assertEquals(6, SlotSteps.next(run, 3));
        assertEquals(8, SlotSteps.next(run, 7));
    }

    @Test
    void givenATickMidSlotWhenSteppingBackBySlotThenTheCursorGoesToItsSlotsStartThenTheSlotBefore() {
        assertEquals(6, SlotSteps.previous(run, 7));
        assertEquals(3, SlotSteps.previous(run, 6));
        assertEquals(0, SlotSteps.previous(run, 0));
    }

    @Test
    void givenTheLastSlotWhenSteppingForwardThenTheCursorStays() {
        assertEquals(370, run.steps());
        assertEquals(143, run.slot(368));

        assertEquals(368, SlotSteps.next(run, 367));
        assertEquals(369, SlotSteps.next(run, 369));
    }

    @Test
    void givenOneEvaluationPerSlotThenASlotStepIsATickStep() {
        Run perSlot = Fakes.SIMULATOR.run(Fakes.sample());

        assertEquals(11, SlotSteps.next(perSlot, 10));
        assertEquals(9, SlotSteps.previous(perSlot, 10));
    }
}
