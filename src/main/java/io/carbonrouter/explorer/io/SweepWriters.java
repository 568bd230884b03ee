package io.carbonrouter.explorer.io;

import com.fasterxml.jackson.core.JsonGenerator;
import io.carbonrouter.explorer.simulation.compare.SweepParameter;
import io.carbonrouter.explorer.simulation.compare.SweepPlan;
import io.carbonrouter.explorer.simulation.compare.SweepResult;
import io.carbonrouter.explorer.simulation.compare.SweepRow;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A sweep as CSV (the parameter columns, then policy and the comparison metrics; one row per grid point and
 * strategy) or JSON ({@code {"parameters": [...], "rows": [...], "skipped": [...]}}, each row flat with the
 * same keys as the CSV columns). Whole-number parameters print as integers.
 */
public final class SweepWriters {

    private SweepWriters() {
    }

    public static String csv(SweepResult result) {
        StringBuilder text = new StringBuilder();
        StringBuilder line = new StringBuilder();
        for (SweepParameter p : result.parameters()) {
            line.append(p.key()).append(',');
        }
        ResultTables.metricHeader(line);
        text.append(line).append('\n');
        for (SweepRow row : result.rows()) {
            line.setLength(0);
            List<Double> values = row.point().values();
            for (int i = 0; i < values.size(); i++) {
                line.append(value(result.parameters().get(i), values.get(i))).append(',');
            }
            ResultTables.metricCells(line, row.metrics());
            text.append(line).append('\n');
        }
        return text.toString();
    }

    public static String json(SweepResult result, boolean pretty) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = ResultTables.generator(out, pretty)) {
            g.writeStartObject();
            g.writeArrayFieldStart("parameters");
            for (SweepParameter p : result.parameters()) {
                g.writeString(p.key());
            }
            g.writeEndArray();
            g.writeArrayFieldStart("rows");
            for (SweepRow row : result.rows()) {
                g.writeStartObject();
                parameterFields(g, result.parameters(), row.point().values());
                ResultTables.metricFields(g, row.metrics());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("skipped");
            for (SweepPlan.Skipped s : result.skipped()) {
                g.writeStartObject();
                parameterFields(g, result.parameters(), s.values());
                g.writeStringField("reason", s.reason());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append('\n').toString();
    }

    private static void parameterFields(JsonGenerator g, List<SweepParameter> parameters, List<Double> values)
            throws IOException {
        for (int i = 0; i < values.size(); i++) {
            SweepParameter p = parameters.get(i);
            if (p.whole()) {
                g.writeNumberField(p.key(), values.get(i).longValue());
            } else {
                g.writeNumberField(p.key(), values.get(i));
            }
        }
    }

    private static String value(SweepParameter p, double v) {
        return p.whole() ? Long.toString((long) v) : Double.toString(v);
    }
}
