package io.carbonrouter.explorer.io;

import com.fasterxml.jackson.core.JsonGenerator;
import io.carbonrouter.explorer.simulation.compare.MetricRow;
import io.carbonrouter.explorer.simulation.compare.NotebookMetric;
import io.carbonrouter.explorer.simulation.compare.NotebookMetrics;

import java.io.IOException;
import java.util.List;

/**
 * The upstream notebooks' metrics in a comparison's outputs, after ours: JSON fields and CSV columns appended
 * to each row (so the existing ones keep their order), and a second table under the first.
 */
final class NotebookColumns {

    private NotebookColumns() {
    }

    /** The row's notebook metrics, NaN as null. */
    static void fields(JsonGenerator g, MetricRow row) throws IOException {
        for (NotebookMetric m : NotebookMetric.values()) {
            ResultTables.number(g, m.key(), m.of(row));
        }
    }

    /** {@code ,linearCarbonReduction,...,peakP100Delivery}. */
    static void header(StringBuilder line) {
        for (NotebookMetric m : NotebookMetric.values()) {
            line.append(',').append(m.key());
        }
    }

    static void cells(StringBuilder line, MetricRow row) {
        for (NotebookMetric m : NotebookMetric.values()) {
            line.append(',').append(ResultTables.cell(m.of(row)));
        }
    }

    /** The cells of a row that has no notebook metrics (the offline optimum). */
    static void empty(StringBuilder line) {
        line.append(",".repeat(NotebookMetric.values().length));
    }

    /** The notebooks' metrics per strategy as a table with its heading; empty when no row has them. */
    static String table(List<MetricRow> rows) {
        if (rows.stream().noneMatch(r -> r.notebook().computed())) {
            return "";
        }
        return "\nupstream notebooks' metrics (energy per request: notebookEnergy, else the carbon factors):\n"
                + ResultTables.table(rows, NotebookMetric.values(), NotebookMetric::label,
                        (m, row) -> m.format(m.of(row)))
                + notes(rows.stream().filter(r -> r.notebook().computed()).findFirst().orElseThrow().notebook());
    }

    /** What makes a demand metric read oddly: the labels are the scenario's, so every row has the same. */
    private static String notes(NotebookMetrics n) {
        if (Double.isNaN(n.demandWeightedPrecision())) {
            return "demand metrics n/a: the scenario has no demand curve to label the samples with\n";
        }
        StringBuilder out = new StringBuilder();
        if (n.lowDemandSamples() == 0) {
            out.append("smart allocation: no step at or below 30 % of the peak demand, so the notebooks' formula"
                    + " divides by 0.01\n");
        }
        if (n.highDemandSamples() == 0) {
            out.append("smart allocation: no step at or above 80 % of the peak demand, so it is 0\n");
        }
        if (n.peakDemandSamples() == 0) {
            out.append("peak p100 delivery: no step at or above 90 % of the peak demand, so it is 0\n");
        }
        return out.toString();
    }
}
