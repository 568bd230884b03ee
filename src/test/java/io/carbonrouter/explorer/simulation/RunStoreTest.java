package io.carbonrouter.explorer.simulation;

import io.carbonrouter.explorer.engine.PolicyConfig;
import io.carbonrouter.explorer.engine.StrategyRegistry;
import io.carbonrouter.explorer.simulation.DeploymentLoop.DemandForecast;
import io.carbonrouter.explorer.simulation.DeploymentLoop.Feedback;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunStoreTest {

    private final Simulator simulator = new Simulator(StrategyRegistry.builtIns());

    /** Six five-minute slots at 15 s, sampled feedback: series that hold within a slot and ones that do not. */
    private static Scenario deployed() {
        return Scenario.builder().intensity(120, 300, 80, 250, 40, 190).demand(100, 150, 0, 90, 200, 60)
                .slotMinutes(5).config(PolicyConfig.DEFAULTS.withCreditWindow(10))
                .loop(Optional.of(new DeploymentLoop(15, Feedback.SAMPLED, DemandForecast.CURVE))).build();
    }

    /** Every per-step value a run hands out, as text that tells bits apart (NaN, -0.0). */
    private static List<String> steps(Run run) {
        List<String> out = new ArrayList<>();
        for (int t = 0; t < run.steps(); t++) {
            out.add((run.first() + t) + " " + run.slot(t) + " " + run.realisedPrecision(t) + " " + run.intensity(t)
                    + " " + run.forecast(t) + " " + run.demandWeight(t) + " " + run.avgPrecision(t) + " "
                    + run.balance(t) + " " + run.velocity(t) + " " + run.throttle(t) + " " + run.creditsRatio(t)
                    + " " + run.intensityRatio(t) + " " + run.emissions(t) + " " + run.baselineEmissions(t) + " "
                    + run.targetPrecision(t) + " " + run.creditMin(t) + " " + run.weights().at(t) + " "
                    + run.flavourWeights().at(t) + " " + run.ceilings().at(t) + " " + run.diagnostics().at(t));
        }
        return out;
    }

    @Test
    void givenAViewTakenMidRunThenItKeepsItsStepsWhileTheRunRecordsOn() {
        Simulation sim = simulator.start(deployed());
        while (sim.position() < 37) {
            sim.step();
        }
        Run early = sim.result();
        List<String> before = steps(early);
        Run whole = sim.runToEnd();

        assertEquals(before, steps(early));
        assertEquals(before, steps(whole).subList(0, 37));
        assertTrue(early.sameRecording(whole));
        assertEquals(120, whole.steps());
    }

    @Test
    void givenAStreamedRunThenItsChunksHoldTheStepsOfTheWholeRun() throws Exception {
        List<String> whole = steps(simulator.run(deployed()));
        List<String> streamed = new ArrayList<>();

        RunMetrics metrics = simulator.startUnrecorded(deployed(), deployed().policy())
                .stream(16, chunk -> streamed.addAll(steps(chunk)));

        assertEquals(whole, streamed);
        assertEquals(simulator.run(deployed()).metrics(), metrics);
    }

    @Test
    void givenAStreamedRunThenTheLaterHalfsEngineTimeIsKnownOnceTheStreamIsPastHalfWay() throws Exception {
        Simulation sim = simulator.startUnrecorded(deployed(), deployed().policy());
        int total = sim.totalSteps();
        List<Double> seen = new ArrayList<>();

        sim.stream(16, chunk -> seen.add(sim.laterHalfNanosPerStep()));

        assertTrue(Double.isNaN(seen.get(0)), "not before half way: " + seen);
        double later = sim.laterHalfNanosPerStep();
        assertTrue(later > 0 && later <= (double) sim.engineNanos() / (total / 2.0 - 16), later + " ns/step");
        assertTrue(Double.isNaN(simulator.startUnrecorded(deployed(), deployed().policy()).laterHalfNanosPerStep()));
    }
}
