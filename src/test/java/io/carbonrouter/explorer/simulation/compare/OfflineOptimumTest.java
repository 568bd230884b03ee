package io.carbonrouter.explorer.simulation.compare;

import io.carbonrouter.explorer.engine.FlavourProfile;
import io.carbonrouter.explorer.simulation.Scenario;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OfflineOptimumTest {

    private static final List<FlavourProfile> DEFAULTS = Scenario.DEFAULT_FLAVOURS;

    private static FlavourProfile flavour(String name, double p, double c) {
        return new FlavourProfile(name, p, c, true);
    }

    @Test
    void buysPrecisionInTheCleanestSlotFirstAndSplitsTheLastSlot() {
        // given two slots; precision-50 lies above the hull from precision-30 to precision-100
        double[] demand = {1, 1};
        double[] intensity = {100, 300};

        // when the target asks for 0.85 on average (1.1 units above the all-precision-30 start)
        SavingsFrontier f = OfflineOptimum.frontier(demand, intensity, DEFAULTS);

        // then the clean slot goes fully to p100 (+0.7) and the dirty one 0.4/0.7 of the way: E = 120+70+120
        assertEquals(1 - 310.0 / 400.0, f.savingsAt(0.85).getAsDouble(), 1e-12);
        assertEquals(BruteForceOptimum.savings(demand, intensity, DEFAULTS, 0.85).getAsDouble(),
                f.savingsAt(0.85).getAsDouble(), 1e-12);
    }

    @Test
    void theFrontierRunsFromTheCheapestMixToTheBestFlavour() {
        SavingsFrontier f = OfflineOptimum.frontier(new double[] {1, 1}, new double[] {100, 300}, DEFAULTS);

        List<SavingsFrontier.Point> points = f.points();

        assertEquals(3, points.size());
        assertEquals(0.3, f.lowPrecision(), 0);
        assertEquals(1.0, f.topPrecision(), 0);
        assertEquals(0.7, points.get(0).savings(), 1e-12);
        assertEquals(0.65, points.get(1).precision(), 1e-12);
        assertEquals(0.0, points.get(2).savings(), 0);
    }

    @Test
    void aTargetBelowTheCheapestMixGetsTheCheapestMix() {
        SavingsFrontier f = OfflineOptimum.frontier(new double[] {1, 1}, new double[] {100, 300}, DEFAULTS);

        Optimum o = f.at(0.1);

        assertTrue(o.reachable());
        assertEquals(0.3, o.meanPrecision(), 0);
        assertEquals(0.7, o.savings(), 1e-12);
    }

    @Test
    void aTargetAboveTheBestFlavourIsOutOfReach() {
        List<FlavourProfile> flavours = List.of(flavour("precision-90", 0.9, 1.0), flavour("precision-40", 0.4, 0.3));
        SavingsFrontier f = OfflineOptimum.frontier(new double[] {1}, new double[] {200}, flavours);

        Optimum o = f.at(0.95);

        assertFalse(o.reachable());
        assertTrue(Double.isNaN(o.savings()));
        assertEquals("target precision 95 % is out of reach: the most precise enabled flavour, precision-90, "
                + "has 90 %", o.message());
        assertTrue(f.savingsAt(0.95).isEmpty());
        assertTrue(f.at(0.9).reachable());
    }

    @Test
    void disabledFlavoursAreIgnored() {
        List<FlavourProfile> flavours = List.of(flavour("a", 1.0, 1.0), flavour("b", 0.5, 0.5),
                new FlavourProfile("free", 1.0, 0.0, false));
        SavingsFrontier f = OfflineOptimum.frontier(new double[] {1, 2}, new double[] {50, 150}, flavours);

        assertEquals(0.0, f.savingsAt(1.0).getAsDouble(), 0);
        assertEquals(0.5, f.savingsAt(0.5).getAsDouble(), 1e-12);
    }

    @Test
    void aSingleFlavourSavesNothingAndCannotGoHigher() {
        SavingsFrontier f = OfflineOptimum.frontier(new double[] {1, 1}, new double[] {10, 20},
                List.of(flavour("only", 0.8, 0.7)));

        assertEquals(1, f.points().size());
        assertEquals(0.0, f.savingsAt(0.5).getAsDouble(), 0);
        assertEquals(0.0, f.savingsAt(0.8).getAsDouble(), 0);
        assertFalse(f.at(0.81).reachable());
    }

    @Test
    void zeroIntensitySlotsGiveTheirPrecisionForFree() {
        double[] demand = {1, 1};
        double[] intensity = {0, 200};
        SavingsFrontier f = OfflineOptimum.frontier(demand, intensity, DEFAULTS);

        // 0.65 mean precision is reached by putting the free slot on p100: emissions stay at 0.3 * 200
        assertEquals(1 - 60.0 / 200.0, f.savingsAt(0.65).getAsDouble(), 1e-12);
        assertEquals(BruteForceOptimum.savings(demand, intensity, DEFAULTS, 0.8).getAsDouble(),
                f.savingsAt(0.8).getAsDouble(), 1e-12);
    }

    @Test
    void zeroDemandSlotsDoNotCount() {
        SavingsFrontier with = OfflineOptimum.frontier(new double[] {2, 0, 1}, new double[] {100, 999, 300},
                DEFAULTS);
        SavingsFrontier without = OfflineOptimum.frontier(new double[] {2, 1}, new double[] {100, 300}, DEFAULTS);

        for (double p = 0.3; p <= 1.0; p += 0.05) {
            assertEquals(without.savingsAt(p).getAsDouble(), with.savingsAt(p).getAsDouble(), 1e-12);
        }
    }

    @Test
    void noDemandAtAllSavesNothingAnywhere() {
        SavingsFrontier f = OfflineOptimum.frontier(new double[] {0, 0}, new double[] {100, 300}, DEFAULTS);

        assertEquals(0.0, f.savingsAt(0.5).getAsDouble(), 0);
        assertEquals(1.0, f.topPrecision(), 0);
    }

    @Test
    void theBaselineIsTheFirstMostPreciseFlavourEvenWhenATwinIsCheaper() {
        List<FlavourProfile> flavours = List.of(flavour("first", 1.0, 1.0), flavour("twin", 1.0, 0.8));

        SavingsFrontier f = OfflineOptimum.frontier(new double[] {1}, new double[] {100}, flavours);

        assertEquals(0.2, f.savingsAt(1.0).getAsDouble(), 1e-12);
        assertEquals(1, f.points().size());
    }

    @Test
    void tiedAndCollinearFlavoursGiveTheSameFrontierAsWithoutThem() {
        List<FlavourProfile> plain = List.of(flavour("a", 1.0, 1.0), flavour("c", 0.2, 0.2));
        List<FlavourProfile> crowded = List.of(flavour("a", 1.0, 1.0), flavour("a2", 1.0, 1.0),
                flavour("mid", 0.6, 0.6), flavour("c", 0.2, 0.2), flavour("c2", 0.2, 0.2));
        double[] demand = {3, 1, 2};
        double[] intensity = {120, 40, 260};

        SavingsFrontier a = OfflineOptimum.frontier(demand, intensity, plain);
        SavingsFrontier b = OfflineOptimum.frontier(demand, intensity, crowded);

        assertEquals(a.points().size(), b.points().size());
        for (double p = 0.2; p <= 1.0; p += 0.01) {
            assertEquals(a.savingsAt(p).getAsDouble(), b.savingsAt(p).getAsDouble(), 1e-12);
        }
    }

    @Test
    void aFlavourThatIsBothTheMostPreciseAndTheCleanestIsTheWholeFrontier() {
        List<FlavourProfile> flavours = List.of(flavour("heavy", 0.9, 1.0), flavour("smart", 0.95, 0.4),
                flavour("light", 0.3, 0.5));

        SavingsFrontier f = OfflineOptimum.frontier(new double[] {1, 1}, new double[] {100, 200}, flavours);

        assertEquals(1, f.points().size());
        assertEquals(0.95, f.lowPrecision(), 0);
        assertEquals(0.0, f.savingsAt(0.5).getAsDouble(), 0);
    }

    @Test
    void aMorePreciseButDirtierFlavourStaysTheBaseline() {
        List<FlavourProfile> flavours = List.of(flavour("heavy", 1.0, 1.0), flavour("smart", 0.95, 0.4),
                flavour("light", 0.3, 0.5));

        SavingsFrontier f = OfflineOptimum.frontier(new double[] {1, 1}, new double[] {100, 200}, flavours);

        assertEquals(0.95, f.lowPrecision(), 0);
        assertEquals(0.6, f.savingsAt(0.5).getAsDouble(), 1e-12);
        assertEquals(0.6, f.savingsAt(0.95).getAsDouble(), 1e-12);
        assertEquals(0.0, f.savingsAt(1.0).getAsDouble(), 1e-12);
    }

    @Test
    void aScenarioRepeatsItsCurvesOverItsSteps() {
        Scenario s = Scenario.builder().intensity(100, 300).demand(1, 2).repeat(true).steps(OptionalInt.of(5))
                .build();

        SavingsFrontier f = OfflineOptimum.frontier(s);

        SavingsFrontier expected = OfflineOptimum.frontier(new double[] {1, 2, 1, 2, 1},
                new double[] {100, 300, 100, 300, 100}, DEFAULTS);
        assertEquals(expected.savingsAt(0.7).getAsDouble(), f.savingsAt(0.7).getAsDouble(), 1e-12);
    }
}
