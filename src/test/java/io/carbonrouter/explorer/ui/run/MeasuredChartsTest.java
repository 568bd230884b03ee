package io.carbonrouter.explorer.ui.run;

import io.carbonrouter.explorer.simulation.DeploymentLoop;
import io.carbonrouter.explorer.simulation.Run;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.measured.MeasuredRun;
import io.carbonrouter.explorer.ui.Fakes;
import io.carbonrouter.explorer.ui.chart.ChartData;
import io.carbonrouter.explorer.ui.chart.ChartSeries;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MeasuredChartsTest {

    /** Two 15 s steps; the measured run served flavours 30 and 100 (no 50), at carbon 100 then 200. */
    private final Scenario scenario = Scenario.builder().intensity(100, 200).slotMinutes(0.25)
            .loop(Optional.of(DeploymentLoop.AS_DEPLOYED)).build();
    private final Run run = Fakes.SIMULATOR.run(scenario);
    private final MeasuredRun measured = new MeasuredRun("m.csv", new double[] {5, 10, 20, 25},
            new int[] {30, 100}, new double[][] {{1, 1, 3, 3}, {3, 3, 1, 1}},
            Map.of("carbon_now", new double[] {100, 100, 200, 200}, "credit_balance", new double[] {0, 0.1, 0.2, 0.3},
                    "throttle_factor", new double[] {1, 1, 0.5, 0.5}));

    private static List<String> names(ChartData d) {
        return d.series().stream().map(ChartSeries::name).toList();
    }

    @Test
    void sharesStackInTheScenariosFlavourOrderAndMissingFlavoursAreLeftOut() {
        ChartSet set = MeasuredCharts.build(scenario, run, measured);

        assertEquals(List.of("precision-100", "precision-30"), names(set.get("weights")));
        assertEquals(75, set.get("weights").series().get(0).valueAt(0), 1e-9);
        assertEquals(75, set.get("weights").series().get(1).valueAt(1), 1e-9);
        assertEquals(run.steps(), set.get("weights").steps());
    }

    @Test
    void precisionBalanceAndThrottleAreThePerStepFigures() {
        ChartSet set = MeasuredCharts.build(scenario, run, measured);

        assertEquals(100 * (0.25 * 0.3 + 0.75), set.get("precision").series().get(0).valueAt(0), 1e-9);
        assertEquals(0.05, set.get("balance").series().get(0).valueAt(0), 1e-12);
        assertTrue(Double.isNaN(set.get("balance").series().get(1).valueAt(0)), "no velocity column");
        assertEquals(List.of("throttle"), names(set.get("throttle")), "no ceiling column, no ceiling series");
        assertEquals(50, set.get("throttle").series().get(0).valueAt(1), 1e-9);
    }

    @Test
    void emissionsAreTheMeasuredMixAndCarbonAtTheSimulatedDemand() {
        ChartSet set = MeasuredCharts.build(scenario, run, measured);

        double carbonFactor30 = scenario.flavours().stream().filter(f -> f.name().equals("precision-30"))
                .findFirst().orElseThrow().carbonIntensity();
        double mix = 0.75 * carbonFactor30 + 0.25 * 1.0;
        assertEquals(run.demandWeight(1) * 200 * mix, set.get("emissions").series().get(0).valueAt(1), 1e-9);
    }
}
