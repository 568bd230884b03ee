package io.carbonrouter.explorer.simulation.measured;

import io.carbonrouter.explorer.simulation.compare.NotebookAccumulator;
import io.carbonrouter.explorer.simulation.compare.NotebookFlavours;
import io.carbonrouter.explorer.simulation.compare.NotebookMetrics;

import java.util.Arrays;
import java.util.List;

/**
 * The notebooks' metrics of a measured run, its samples summed by the same {@link NotebookAccumulator} as a
 * simulated run's steps. A measured flavour is the scenario's flavour of the same integer percent; the requests
 * of one the scenario lacks, and the samples without a {@code carbon_now}, are left out, with a warning.
 */
final class MeasuredNotebook {

    private MeasuredNotebook() {
    }

    static NotebookMetrics of(MeasuredRun m, NotebookFlavours flavours, List<String> warnings) {
        int[] column = new int[flavours.size()];
        double[] precision = flavours.precision();
        for (int f = 0; f < column.length; f++) {
            column[f] = m.flavour((int) Math.round(precision[f] * 100)).orElse(-1);
        }
        for (int k = 0; k < m.precisions().length; k++) {
            int percent = m.precisions()[k];
            int measured = k;
            if (Arrays.stream(column).noneMatch(c -> c == measured)) {
                warnings.add("the measured run's precision-" + percent + " requests have no flavour of "
                        + percent + " % in the scenario: left out of its figures");
            }
        }
        NotebookAccumulator sums = new NotebookAccumulator(flavours, Double.NaN);
        double[] carbon = m.gauge(MeasuredRun.CARBON_NOW);
        int skipped = 0;
        for (int i = 0; i < m.samples(); i++) {
            if (Double.isNaN(carbon[i])) {
                skipped++;
                continue;
            }
            int sample = i;
            sums.add(carbon[i], Double.NaN, f -> column[f] < 0 ? 0 : m.requests()[column[f]][sample], Double.NaN);
        }
        if (skipped > 0) {
            warnings.add(skipped + " measured sample" + (skipped == 1 ? " has" : "s have") + " no carbon_now:"
                    + " left out of the notebooks' figures");
        }
        return sums.metrics();
    }
}
