package io.carbonrouter.explorer.simulation.compare;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The notebooks' formulas against the notebook's own code: the expected numbers are what
 * {@code src/test/resources/notebook/showdown_slice.py} (the cells of ultimate_strategy_showdown.ipynb, pandas)
 * prints for the first five rows of the credit-greedy run that credit_greedy_analysis.ipynb shows.
 */
class NotebookAccumulatorTest {

    /** precision-30, -50, -100 with the notebooks' ENERGY_P30/P50/P100; p100 is the baseline. */
    static final NotebookFlavours UPSTREAM = new NotebookFlavours(
            List.of("precision-30", "precision-50", "precision-100"),
            new double[] {0.3, 0.5, 1.0}, new double[] {0.30, 0.50, 1.00}, 2);
    private static final double[] CARBON = {80, 120, 120, 120, 160};
    private static final double[][] REQUESTS = {
        {224, 163, 1371}, {544, 431, 1313}, {625, 520, 1284}, {602, 458, 1196}, {954, 768, 882}};
    private static final double[] MEAN_PRECISION = {0.8644, 0.7394, 0.7128, 0.7117, 0.5961};
    private static final double[] DEMAND = {10, 10, 15, 20, 10, 20, 30, 10, 20, 17, 13, 20, 21, 45, 18, 17, 9,
        10, 5, 10, 20, 40, 65, 69, 70, 71, 75, 78, 80, 87, 90, 93, 97, 100, 45, 35, 20, 17, 15, 5, 6};

    /** The head rows with demand attached by row index, as the notebook attaches its pattern. */
    private static List<NotebookSample> head(double[] pattern) {
        List<NotebookSample> out = new ArrayList<>();
        for (int i = 0; i < CARBON.length; i++) {
            out.add(new NotebookSample(CARBON[i], pattern[i % pattern.length], REQUESTS[i],
                    OptionalDouble.of(MEAN_PRECISION[i])));
        }
        return out;
    }

    private static double peak(double[] pattern) {
        double max = 0;
        for (double d : pattern) {
            max = Math.max(max, d);
        }
        return max;
    }

    @Test
    void carbonMetricsOfTheHeadRowsAreTheNotebooks() {
        NotebookMetrics m = NotebookAccumulator.of(UPSTREAM, peak(DEMAND), head(DEMAND));

        assertThat(m.samples()).isEqualTo(5);
        assertThat(m.requests()).isEqualTo(11335.0);
        assertThat(m.linearCarbon()).isCloseTo(973384.0, within(1e-6));
        assertThat(m.linearBaseline()).isCloseTo(1394040.0, within(1e-6));
        assertThat(m.nonLinearCarbon()).isCloseTo(1527795.574443537, within(1e-6));
        assertThat(m.nonLinearBaseline()).isCloseTo(2261324.9143234678, within(1e-6));
        assertThat(m.linearCarbonReduction()).isCloseTo(30.175317781412296, within(1e-9));
        assertThat(m.nonLinearCarbonReduction()).isCloseTo(32.438033793095336, within(1e-9));
        assertThat(m.requestWeightedPrecision()).isCloseTo(0.7146625496250552, within(1e-12));
    }

    @Test
    void demandBelowOneInAllKeepsTheNotebooksFloorOfOne() {
        // The five labels normalise to 0.65 in all, and the notebook divides by max(that, 1.0).
        NotebookMetrics m = NotebookAccumulator.of(UPSTREAM, peak(DEMAND), head(DEMAND));

        assertThat(m.demandWeightedPrecision()).isCloseTo(0.46925, within(1e-12));
        assertThat(m.smartAllocationRatio()).isZero();
        assertThat(m.peakP100Delivery()).isZero();
    }

    @Test
    void demandMetricsOverEveryMaskAreTheNotebooks() {
        double[] labels = {100, 85, 25, 95, 60};

        NotebookMetrics m = NotebookAccumulator.of(UPSTREAM, peak(labels), head(labels));

        assertThat(m.demandWeightedPrecision()).isCloseTo(0.741058904109589, within(1e-12));
        assertThat(m.smartAllocationRatio()).isCloseTo(1.0828189300411524, within(1e-12));
        assertThat(m.peakP100Delivery()).isCloseTo(0.6395117090184355, within(1e-12));
    }

    @Test
    void aSampleThatCountedNothingHasNoPrecisionButItsDemandCounts() {
        double[] labels = {100, 85, 25, 95, 60, 100};
        List<NotebookSample> samples = new ArrayList<>(head(labels));
        samples.add(new NotebookSample(300, 100, new double[3], OptionalDouble.empty()));

        NotebookMetrics m = NotebookAccumulator.of(UPSTREAM, peak(labels), samples);

        assertThat(m.demandWeightedPrecision()).isCloseTo(0.5816913978494623, within(1e-12));
        assertThat(m.smartAllocationRatio()).isCloseTo(1.0828189300411524, within(1e-12));
        assertThat(m.peakP100Delivery()).isCloseTo(0.6395117090184355, within(1e-12));
        assertThat(m.linearCarbonReduction()).isCloseTo(30.175317781412296, within(1e-9));
    }

    @Test
    void withoutAReportedPrecisionTheRequestsGiveIt() {
        double[] labels = {100, 85, 25, 95, 60};
        List<NotebookSample> computed = new ArrayList<>();
        for (int i = 0; i < CARBON.length; i++) {
            computed.add(new NotebookSample(CARBON[i], labels[i], REQUESTS[i]));
        }

        NotebookMetrics m = NotebookAccumulator.of(UPSTREAM, 100, computed);

        // The harness rounds mean_precision to 4 decimals; computed, the ratio moves in the 5th.
        assertThat(m.smartAllocationRatio()).isCloseTo(1.0828189300411524, within(1e-4))
                .isNotEqualTo(1.0828189300411524);
    }

    @Test
    void withoutDemandLabelsTheDemandMetricsAreUndefined() {
        NotebookMetrics m = NotebookAccumulator.of(UPSTREAM, Double.NaN, head(DEMAND));

        assertThat(m.demandWeightedPrecision()).isNaN();
        assertThat(m.smartAllocationRatio()).isNaN();
        assertThat(m.peakP100Delivery()).isNaN();
        assertThat(m.linearCarbonReduction()).isCloseTo(30.175317781412296, within(1e-9));
    }

    @Test
    void aHighDemandMaskWithNoPrecisionMakesTheRatioUndefinedAsPandasDoes() {
        List<NotebookSample> samples = List.of(new NotebookSample(100, 100, 0, 0, 0),
                new NotebookSample(100, 10, 5, 0, 5));

        NotebookMetrics m = NotebookAccumulator.of(UPSTREAM, 100, samples);

        assertThat(m.smartAllocationRatio()).isNaN();
        assertThat(m.peakP100Delivery()).isZero();
    }

    @Test
    void lowDemandPrecisionIsFlooredAtOneHundredth() {
        List<NotebookSample> samples = List.of(new NotebookSample(100, 100, 0, 0, 4),
                new NotebookSample(100, 10, 0, 0, 0), new NotebookSample(100, 20, 1, 0, 0));

        NotebookMetrics m = NotebookAccumulator.of(new NotebookFlavours(List.of("a", "b", "c"),
                new double[] {0.005, 0.5, 1.0}, new double[] {1, 1, 1}, 2), 100, samples);

        // High demand: precision 1.0; low: only the second-to-last has one (0.005), below the floor.
        assertThat(m.smartAllocationRatio()).isCloseTo(100.0, within(1e-12));
    }

    @Test
    void noRequestsAtAllReduceNothing() {
        NotebookMetrics m = NotebookAccumulator.of(UPSTREAM, 100,
                List.of(new NotebookSample(200, 50, 0, 0, 0)));

        assertThat(m.linearCarbonReduction()).isZero();
        assertThat(m.nonLinearCarbonReduction()).isZero();
        assertThat(m.requestWeightedPrecision()).isZero();
    }

    @Test
    void theNonLinearWeightDiscountsBelowOneHundredAndPenalisesAbove() {
        assertThat(NotebookMetrics.nonLinearWeight(0)).isZero();
        assertThat(NotebookMetrics.nonLinearWeight(-5)).isZero();
        assertThat(NotebookMetrics.nonLinearWeight(50)).isCloseTo(Math.pow(0.5, 0.4), within(1e-15));
        assertThat(NotebookMetrics.nonLinearWeight(100)).isEqualTo(1.0);
        assertThat(NotebookMetrics.nonLinearWeight(300)).isCloseTo(Math.pow(3, 1.8), within(1e-12));
    }

    @Test
    void aSampleForAnotherFlavourSetIsRefused() {
        NotebookAccumulator sums = new NotebookAccumulator(UPSTREAM, 100);

        assertThatThrownBy(() -> sums.add(new NotebookSample(100, 50, 1, 2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 flavours");
    }
}
