package io.carbonrouter.explorer.simulation.measured;

import io.carbonrouter.explorer.engine.StrategyRegistry;
import io.carbonrouter.explorer.simulation.ClusterModel;
import io.carbonrouter.explorer.simulation.DeploymentLoop;
import io.carbonrouter.explorer.simulation.ForecastError;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.Simulator;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReconciliationTest {

    private static final Simulator SIMULATOR = new Simulator(StrategyRegistry.builtIns());

    /** Two 15 s slots, the engine every 15 s: two steps. */
    private static Scenario scenario(String policy) {
        return Scenario.builder().policy(policy).intensity(100, 300).slotMinutes(0.25)
                .loop(Optional.of(DeploymentLoop.AS_DEPLOYED)).build();
    }

    /** Three samples a step, all requests at full precision, at the scenario's carbon. */
    private static MeasuredRun allFullPrecision() {
        double[] elapsed = {5, 10, 15, 20, 25, 30};
        double[][] requests = {{0, 0, 0, 0, 0, 0}, {0, 0, 0, 0, 0, 0}, {4, 4, 4, 4, 4, 4}};
        double[] carbon = {100, 100, 100, 300, 300, 300};
        return new MeasuredRun("m.csv", elapsed, new int[] {30, 50, 100}, requests, Map.of("carbon_now", carbon));
    }

    @Test
    void p100MeasuredAndSimulatedAgreeOnEveryRequestFigure() {
        Reconciliation r = Reconciliation.of(allFullPrecision(), scenario("p100"), SIMULATOR);

        assertEquals("p100", r.policy());
        assertEquals(0, r.row(ReconcileMetric.LINEAR_REDUCTION).measured(), 1e-12);
        assertEquals(0, r.row(ReconcileMetric.LINEAR_REDUCTION).difference(), 1e-12);
        assertEquals(0, r.row(ReconcileMetric.PRECISION).difference(), 1e-12);
        assertEquals(200, r.row(ReconcileMetric.CARBON_MET).simulated(), 1e-9);
        assertEquals(200, r.row(ReconcileMetric.CARBON_MET).measured(), 1e-9);
        assertEquals(List.of(), r.parts());
        assertEquals(Optional.empty(), r.row(ReconcileMetric.PRECISION).movedBy());
        assertEquals(List.of(), r.warnings());
    }

    @Test
    void aStrategyThatSavesShowsItsReductionAgainstAMeasuredP100() {
        Reconciliation r = Reconciliation.of(allFullPrecision(), scenario("round-robin"), SIMULATOR);

        // round-robin; without notebookEnergy a request's energy is its flavour's carbon factor: 1 - 1.9/3.
        assertEquals(100 * (1 - 1.9 / 3), r.row(ReconcileMetric.LINEAR_REDUCTION).simulated(), 1e-6);
        assertEquals(100 * (1 - 1.9 / 3), r.row(ReconcileMetric.LINEAR_REDUCTION).difference(), 1e-6);
        assertEquals(0.6, r.row(ReconcileMetric.PRECISION).simulated(), 1e-6);
    }

    @Test
    void everyPartOfTheClusterModelThatIsNotIdealIsSwitchedAndTheOneThatMovesAFigureMostIsNamed() {
        Scenario s = Scenario.builder().policy("credit-greedy").intensity(40, 300, 50, 280, 60, 250)
                .slotMinutes(0.25).repeat(true).steps(java.util.OptionalInt.of(12))
                .loop(Optional.of(DeploymentLoop.AS_DEPLOYED.withCluster(ClusterModel.HARNESS))).build();

        Reconciliation r = Reconciliation.of(allFullPrecision(), s, SIMULATOR);

        assertEquals(ClusterModel.HARNESS.activeParts().stream().map(ClusterModel.Part::key).toList(), r.parts());
        Reconciliation.Row reduction = r.row(ReconcileMetric.LINEAR_REDUCTION);
        assertTrue(reduction.movedBy().isPresent() && r.parts().contains(reduction.movedBy().get()),
                r.rows()::toString);
        for (String other : r.parts()) {
            Scenario ideal = ModelledPart.of(s).stream().filter(p -> p.key().equals(other)).findFirst()
                    .orElseThrow().ideal().apply(s);
            double moved = Reconciliation.of(allFullPrecision(), ideal, SIMULATOR)
                    .row(ReconcileMetric.LINEAR_REDUCTION).simulated() - reduction.simulated();
            assertTrue(Math.abs(moved) <= Math.abs(reduction.moved()) + 1e-9, other + " moves it " + moved);
        }
    }

    @Test
    void theForecastErrorIsAPartAndNamedWhereItMovesAFigure() {
        Scenario s = Scenario.builder().policy("forecast-aware-global").intensity(40, 300, 50, 280, 60, 250)
                .slotMinutes(0.25).repeat(true).loop(Optional.of(DeploymentLoop.AS_DEPLOYED))
                .forecastError(Optional.of(new ForecastError(0, 120, 0.5, 0.2, 3))).build();

        Reconciliation r = Reconciliation.of(allFullPrecision(), s, SIMULATOR);

        assertEquals(List.of("forecast-error"), r.parts());
        assertTrue(r.rows().stream().anyMatch(row -> row.movedBy().equals(Optional.of("forecast-error"))
                && row.moved() != 0), r.rows()::toString);
        assertEquals(1, r.warnings().size(), "the measured 30 s against the simulated 90 s");
    }
}
