package io.carbonrouter.explorer.ui.run;

import io.carbonrouter.explorer.simulation.Budget;
import io.carbonrouter.explorer.simulation.EmissionsUnit;
import io.carbonrouter.explorer.simulation.Energy;
import io.carbonrouter.explorer.simulation.Run;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.Simulation;
import io.carbonrouter.explorer.ui.Fakes;
import io.carbonrouter.explorer.ui.chart.AxisSide;
import io.carbonrouter.explorer.ui.chart.ChartData;
import io.carbonrouter.explorer.ui.chart.ChartSeries;
import io.carbonrouter.explorer.ui.chart.skin.Renderers;
import io.carbonrouter.explorer.ui.common.UiColors;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChartSetBuilderTest {

    private final Scenario sample = Fakes.sample();

    @Test
    void givenARunThenTheWeightsStackTo100PercentWithOneColourPerFlavour() {
        ChartSet set = ChartSetBuilder.build(sample, Fakes.SIMULATOR.run(sample));

        ChartData w = set.get("weights");
        assertEquals(3, w.series().size());
        for (int t = 0; t < 144; t++) {
            double sum = 0;
            for (ChartSeries s : w.series()) {
                sum += s.valueAt(t);
            }
            assertEquals(100, sum, 1e-9, "step " + t);
        }
        for (int i = 0; i < 3; i++) {
            assertEquals(Renderers.STACKED_AREA, w.series().get(i).renderer());
            assertEquals(UiColors.flavour(i), w.series().get(i).color());
        }
    }

    @Test
    void givenTheConfigThenPrecisionHasTheTargetLineAndBalanceTheCreditBand() {
        Scenario s = sample.withConfig(sample.config().withTargetError(0.25).withCreditMin(-2));

        ChartSet set = ChartSetBuilder.build(s, Fakes.SIMULATOR.run(s));

        assertEquals(75, set.get("precision").lines().get(0).value(), 1e-12);
        assertEquals(-2, set.get("balance").bands().get(0).low());
        assertEquals(1, set.get("balance").bands().get(0).high());
        assertEquals("velocity", set.get("balance").series().get(1).name());
    }

    @Test
    void givenALiveRunThenStepsNotReachedYetAreGapsOnAFullLengthAxis() {
        Simulation sim = Fakes.SIMULATOR.start(sample);
        for (int t = 0; t < 10; t++) {
            sim.step();
        }

        ChartSet set = ChartSetBuilder.build(sample, sim.result());

        ChartSeries precision = set.get("precision").series().get(0);
        assertEquals(144, set.get("precision").steps());
        assertEquals(10, precision.values().length());
        assertTrue(Double.isFinite(precision.valueAt(9)));
        assertTrue(Double.isNaN(precision.valueAt(10)));
    }

    @Test
    void givenEmissionsThenTheCumulativeSeriesAddUpThePerStepOnes() {
        Run run = Fakes.SIMULATOR.run(sample);

        ChartData e = ChartSetBuilder.build(sample, run).get("emissions");

        double total = 0;
        for (int t = 0; t < run.steps(); t++) {
            total += run.emissions(t);
        }
        // The running totals are a chart line, kept as floats.
        assertEquals(total, e.series().get(2).valueAt(143), Math.ulp((float) total));
        assertEquals(run.metrics().baselineEmissions(), e.series().get(3).valueAt(143),
                Math.ulp((float) run.metrics().baselineEmissions()));
    }

    @Test
    void givenABudgetThenADashedLineAtItAmongTheTotalsSaysWhatTheRunSpentOfIt() {
        Run run = Fakes.SIMULATOR.run(sample);
        double budget = 2 * run.metrics().emissions();
        Scenario withBudget = sample.toBuilder().budget(Optional.of(new Budget(budget, Budget.Per.RUN))).build();

        ChartData e = ChartSetBuilder.build(withBudget, run).get("emissions");

        ChartSeries line = e.series().get(e.series().size() - 1);
        assertEquals(AxisSide.RIGHT, line.axis());
        assertEquals(budget, line.valueAt(0), 1e-9);
        assertEquals(budget, line.valueAt(143), 1e-9);
        assertEquals("budget, 50 % spent", line.name());
        assertEquals(4, ChartSetBuilder.build(sample, run).get("emissions").series().size(), "no budget, no line");
    }

    @Test
    void givenNoEnergyThenBothEmissionAxesSayRelativeUnits() {
        ChartData e = ChartSetBuilder.build(sample, Fakes.SIMULATOR.run(sample)).get("emissions");

        assertEquals("relative units/step", e.leftUnit());
        assertEquals("relative units total", e.rightUnit());
    }

    @Test
    void givenAnotherUnitOnTheSameRecordingThenTheEmissionSeriesAreOtherSourcesForTheDecimator() {
        Run run = Fakes.SIMULATOR.run(sample);
        Scenario grams = sample.toBuilder().energy(new Energy(Map.of("precision-100", 0.3))).build();

        ChartData relative = ChartSetBuilder.build(sample, run).get("emissions");
        ChartData inGrams = ChartSetBuilder.build(grams, run).get("emissions");

        for (int i = 0; i < relative.series().size(); i++) {
            assertNotEquals(relative.series().get(i).values().source(), inGrams.series().get(i).values().source(),
                    relative.series().get(i).name() + ": columns decimated in one unit are not read in another");
        }
        assertEquals(relative.series().get(0).values().source(),
                ChartSetBuilder.build(sample, run).get("emissions").series().get(0).values().source(), "same unit");
    }

    @Test
    void givenTheEnergyPerRequestThenEmissionsAreGramsOfCo2OnBothAxes() {
        Scenario s = sample.toBuilder().energy(new Energy(Map.of("precision-100", 0.3))).build();
        Run run = Fakes.SIMULATOR.run(s);
        EmissionsUnit unit = EmissionsUnit.of(s);

        ChartData e = ChartSetBuilder.build(s, run).get("emissions");

        assertEquals("gCO2/step", e.leftUnit());
        assertEquals("gCO2 total", e.rightUnit());
        assertEquals(unit.convert(run.emissions(5)), e.series().get(0).values().at(5), 1e-9);
        double total = unit.convert(run.metrics().baselineEmissions());
        // Running totals on a chart are floats: a line to the pixel, not the exact total (that is the metrics').
        assertEquals(total, e.series().get(3).values().at(143), Math.abs(total) * 1e-6);
        assertTrue(unit.gramsPerUnit() != 1.0);
    }

    @Test
    void givenCeilingsThenEachComponentHasAStepLineOnTheRightAxisUnderTheThrottle() {
        ChartData t = ChartSetBuilder.build(sample, Fakes.SIMULATOR.run(sample)).get("throttle");

        assertEquals(List.of("router", "consumer", "target", "throttle"),
                t.series().stream().map(ChartSeries::name).toList());
        assertEquals(Renderers.STEP_LINE, t.series().get(0).renderer());
        assertEquals(AxisSide.RIGHT, t.series().get(0).axis());
        assertEquals(AxisSide.LEFT, t.series().get(3).axis());
        assertEquals(Renderers.DASHED_LINE, t.series().get(3).renderer(), "the ceilings show through the throttle");
        assertTrue(t.usesRightAxis());
    }

    @Test
    void givenALiveRunThatGrowsThenItsNextChartsExtendTheTotalsAndEarlierChartsStayAsTheyWere() {
        Simulation sim = Fakes.SIMULATOR.start(sample);
        for (int t = 0; t < 10; t++) {
            sim.step();
        }
        ChartSet early = ChartSetBuilder.build(sample, sim.result());
        double earlyTotal = early.get("emissions").series().get(2).valueAt(9);
        for (int t = 10; t < 50; t++) {
            sim.step();
        }
        Run later = sim.result();

        ChartSet extended = ChartSetBuilder.build(sample, later, early);
        ChartSet fresh = ChartSetBuilder.build(sample, later);

        assertTrue(extended.totals() == early.totals(), "the totals are extended, not rebuilt");
        for (int t = 0; t < 50; t++) {
            for (int k = 0; k < 4; k++) {
                assertEquals(fresh.get("emissions").series().get(k).valueAt(t),
                        extended.get("emissions").series().get(k).valueAt(t), "series " + k + " step " + t);
            }
        }
        assertEquals(10, early.get("emissions").series().get(2).values().length());
        assertEquals(earlyTotal, early.get("emissions").series().get(2).valueAt(9));
        assertTrue(Double.isNaN(early.get("precision").series().get(0).valueAt(10)));
    }
}
