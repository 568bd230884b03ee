package io.carbonrouter.explorer.ui.run;

import io.carbonrouter.explorer.simulation.Energy;
import io.carbonrouter.explorer.simulation.EmissionsUnit;
import io.carbonrouter.explorer.simulation.Run;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.Simulation;
import io.carbonrouter.explorer.ui.Fakes;
import io.carbonrouter.explorer.ui.chart.AxisSide;
import io.carbonrouter.explorer.ui.chart.ChartData;
import io.carbonrouter.explorer.ui.chart.ChartSeries;
import io.carbonrouter.explorer.ui.chart.SeriesStyle;
import io.carbonrouter.explorer.ui.common.UiColors;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChartSetBuilderTest {

    private final Scenario sample = Fakes.sample();

    @Test
    void givenARunThenTheWeightsStackTo100PercentWithOneColourPerFlavour() {
        ChartSet set = ChartSetBuilder.build(sample, Fakes.SIMULATOR.run(sample));

        ChartData w = set.weights();
        assertEquals(3, w.series().size());
        for (int t = 0; t < 144; t++) {
            double sum = 0;
            for (ChartSeries s : w.series()) {
                sum += s.values()[t];
            }
            assertEquals(100, sum, 1e-9, "step " + t);
        }
        for (int i = 0; i < 3; i++) {
            assertEquals(SeriesStyle.STACKED_AREA, w.series().get(i).style());
            assertEquals(UiColors.flavour(i), w.series().get(i).color());
        }
    }

    @Test
    void givenTheConfigThenPrecisionHasTheTargetLineAndBalanceTheCreditBand() {
        Scenario s = sample.withConfig(sample.config().withTargetError(0.25).withCreditMin(-2));

        ChartSet set = ChartSetBuilder.build(s, Fakes.SIMULATOR.run(s));

        assertEquals(75, set.precision().lines().get(0).value(), 1e-12);
        assertEquals(-2, set.balance().bands().get(0).low());
        assertEquals(1, set.balance().bands().get(0).high());
        assertEquals("velocity", set.balance().series().get(1).name());
    }

    @Test
    void givenALiveRunThenStepsNotReachedYetAreGapsOnAFullLengthAxis() {
        Simulation sim = Fakes.SIMULATOR.start(sample);
        for (int t = 0; t < 10; t++) {
            sim.step();
        }

        ChartSet set = ChartSetBuilder.build(sample, sim.result());

        double[] precision = set.precision().series().get(0).values();
        assertEquals(144, precision.length);
        assertTrue(Double.isFinite(precision[9]));
        assertTrue(Double.isNaN(precision[10]));
    }

    @Test
    void givenEmissionsThenTheCumulativeSeriesAddUpThePerStepOnes() {
        Run run = Fakes.SIMULATOR.run(sample);

        ChartData e = ChartSetBuilder.build(sample, run).emissions();

        double total = 0;
        for (int t = 0; t < run.steps(); t++) {
            total += run.emissions(t);
        }
        assertEquals(total, e.series().get(2).values()[143], 1e-6);
        assertEquals(run.metrics().baselineEmissions(), e.series().get(3).values()[143], 1e-6);
    }

    @Test
    void givenNoEnergyThenBothEmissionAxesSayRelativeUnits() {
        ChartData e = ChartSetBuilder.build(sample, Fakes.SIMULATOR.run(sample)).emissions();

        assertEquals("relative units/step", e.leftUnit());
        assertEquals("relative units total", e.rightUnit());
    }

    @Test
    void givenTheEnergyPerRequestThenEmissionsAreGramsOfCo2OnBothAxes() {
        Scenario s = sample.toBuilder().energy(new Energy(Map.of("precision-100", 0.3))).build();
        Run run = Fakes.SIMULATOR.run(s);
        EmissionsUnit unit = EmissionsUnit.of(s);

        ChartData e = ChartSetBuilder.build(s, run).emissions();

        assertEquals("gCO2/step", e.leftUnit());
        assertEquals("gCO2 total", e.rightUnit());
        assertEquals(unit.convert(run.emissions(5)), e.series().get(0).values()[5], 1e-9);
        assertEquals(unit.convert(run.metrics().baselineEmissions()), e.series().get(3).values()[143], 1e-6);
        assertTrue(unit.gramsPerUnit() != 1.0);
    }

    @Test
    void givenCeilingsThenEachComponentHasAStepLineOnTheRightAxisUnderTheThrottle() {
        ChartData t = ChartSetBuilder.build(sample, Fakes.SIMULATOR.run(sample)).throttle();

        assertEquals(List.of("router", "consumer", "target", "throttle"),
                t.series().stream().map(ChartSeries::name).toList());
        assertEquals(SeriesStyle.STEP_LINE, t.series().get(0).style());
        assertEquals(AxisSide.RIGHT, t.series().get(0).axis());
        assertEquals(AxisSide.LEFT, t.series().get(3).axis());
        assertEquals(SeriesStyle.DASHED_LINE, t.series().get(3).style(), "the ceilings show through the throttle");
        assertTrue(t.usesRightAxis());
    }
}
