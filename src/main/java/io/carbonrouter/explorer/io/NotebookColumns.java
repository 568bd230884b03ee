package io.carbonrouter.explorer.io;

import com.fasterxml.jackson.core.JsonGenerator;
import io.carbonrouter.explorer.simulation.compare.MetricRow;
import io.carbonrouter.explorer.simulation.compare.NotebookMetric;

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

    /** The labels are the scenario's, so every row has the same notes: the first computed row's. */
    private static String notes(List<MetricRow> rows) {
        StringBuilder out = new StringBuilder();
        rows.stream().filter(r -> r.notebook().computed()).findFirst().orElseThrow().notebook().demandNotes()
                .forEach(n -> out.append(n).append('\n'));
        return out.toString();
    }

    /** The notebooks' metrics per strategy as a table with its heading; empty when no row has them. */
    static String table(List<MetricRow> rows) {
        if (rows.stream().noneMatch(r -> r.notebook().computed())) {
            return "";
        }
        return "\nupstream notebooks' metrics (energy per request: notebookEnergy, else the carbon factors):\n"
                + ResultTables.table(rows, NotebookMetric.values(), NotebookMetric::label,
                        (m, row) -> m.format(m.of(row)))
                + notes(rows);
    }
}
