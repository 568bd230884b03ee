package io.carbonrouter.explorer.io;

import com.fasterxml.jackson.core.JsonGenerator;
import io.carbonrouter.explorer.simulation.compare.Comparison;
import io.carbonrouter.explorer.simulation.compare.Metric;
import io.carbonrouter.explorer.simulation.compare.MetricRow;
import io.carbonrouter.explorer.simulation.compare.Optimum;
import io.carbonrouter.explorer.simulation.compare.Percent;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * A comparison as JSON ({@code {"rows": [...], "optimum": {...}}}), CSV (one row per strategy, then the
 * optimum) or a table for people; the upstream notebooks' metrics follow ours ({@link NotebookColumns}). An
 * optimum out of reach has {@code "reachable": false}, a message and null numbers; in CSV its cells stay empty.
 */
public final class ComparisonWriters {

    /** The CSV row and table line that carry the offline optimum. */
    public static final String OPTIMUM_ROW = "offline-optimum";

    private ComparisonWriters() {
    }

    public static String json(Comparison c, boolean pretty) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = ResultTables.generator(out, pretty)) {
            g.writeStartObject();
            g.writeArrayFieldStart("rows");
            for (MetricRow row : c.rows()) {
                g.writeStartObject();
                ResultTables.metricFields(g, row);
                NotebookColumns.fields(g, row);
                g.writeEndObject();
            }
            g.writeEndArray();
            Optimum o = c.optimum();
            g.writeObjectFieldStart("optimum");
            ResultTables.number(g, "savings", o.savings());
            ResultTables.number(g, "meanPrecision", o.meanPrecision());
            g.writeNumberField("targetPrecision", o.targetPrecision());
            g.writeBooleanField("reachable", o.reachable());
            if (!o.reachable()) {
                g.writeStringField("message", o.message());
            }
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append('\n').toString();
    }

    public static String csv(Comparison c) {
        StringBuilder text = new StringBuilder();
        ResultTables.metricHeader(text);
        NotebookColumns.header(text);
        text.append('\n');
        for (MetricRow row : c.rows()) {
            ResultTables.metricCells(text, row);
            NotebookColumns.cells(text, row);
            text.append('\n');
        }
        text.append(OPTIMUM_ROW).append(',').append(ResultTables.cell(c.optimum().savings())).append(',')
                .append(ResultTables.cell(c.optimum().meanPrecision()))
                .append(",".repeat(Metric.values().length - 2));
        NotebookColumns.empty(text);
        return text.append('\n').toString();
    }

    /** Aligned columns, shares in %, regret in percentage points, then one line on the optimum. */
    public static String table(Comparison c) {
        StringBuilder text = new StringBuilder(ResultTables.table(c.rows(), Metric.values(), Metric::label,
                (m, row) -> ResultTables.fixed(m, m.of(row))));
        Optimum o = c.optimum();
        if (o.reachable()) {
            text.append("offline optimum at ").append(Percent.of(o.targetPrecision())).append(" precision: saves ")
                    .append(ResultTables.fixed(Metric.SAVINGS, o.savings())).append(" (mean precision ")
                    .append(ResultTables.fixed(Metric.MEAN_PRECISION, o.meanPrecision())).append(")\n");
        } else {
            text.append("offline optimum: ").append(o.message()).append('\n');
        }
        return text.append(NotebookColumns.table(c.rows())).toString();
    }
}
