package io.carbonrouter.explorer.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.carbonrouter.explorer.simulation.compare.Metric;
import io.carbonrouter.explorer.simulation.compare.MetricRow;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;

/** What the comparison and sweep writers share: metric cells in JSON and CSV, generators, fixed formats. */
final class ResultTables {

    private ResultTables() {
    }

    static JsonGenerator generator(Writer out, boolean pretty) throws IOException {
        JsonGenerator g = YamlSupport.jsonFactory().createGenerator(out);
        if (pretty) {
            g.setPrettyPrinter(new DefaultPrettyPrinter());
        }
        return g;
    }

    /** Writes one JSON document. */
    @FunctionalInterface
    interface JsonBody {
        void write(JsonGenerator g) throws IOException;
    }

    /** The document {@code body} writes, with a final newline. */
    static String json(boolean pretty, JsonBody body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = generator(out, pretty)) {
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append('\n').toString();
    }

    /** The row's policy and every metric, NaN as null. */
    static void metricFields(JsonGenerator g, MetricRow row) throws IOException {
        g.writeStringField("policy", row.policy());
        for (Metric m : Metric.values()) {
            number(g, m.key(), m.of(row));
        }
    }

    static void number(JsonGenerator g, String name, double v) throws IOException {
        g.writeFieldName(name);
        if (Double.isFinite(v)) {
            g.writeNumber(v);
        } else {
            g.writeNull();
        }
    }

    /** {@code policy,savings,...,regret}. */
    static void metricHeader(StringBuilder line) {
        line.append("policy");
        for (Metric m : Metric.values()) {
            line.append(',').append(m.key());
        }
    }

    static void metricCells(StringBuilder line, MetricRow row) {
        line.append(RunWriters.csvField(row.policy()));
        for (Metric m : Metric.values()) {
            line.append(',').append(cell(m.of(row)));
        }
    }

    /** One line per row under a header of the columns' labels in lower case, {@code policy} first. */
    static <M> String table(List<MetricRow> rows, M[] columns, Function<M, String> label,
                            BiFunction<M, MetricRow, String> cell) {
        List<String[]> cells = new ArrayList<>();
        String[] header = new String[columns.length + 1];
        header[0] = "policy";
        for (int k = 0; k < columns.length; k++) {
            header[k + 1] = label.apply(columns[k]).toLowerCase(Locale.ROOT);
        }
        cells.add(header);
        for (MetricRow row : rows) {
            String[] line = new String[header.length];
            line[0] = row.policy();
            for (int k = 0; k < columns.length; k++) {
                line[k + 1] = cell.apply(columns[k], row);
            }
            cells.add(line);
        }
        return TextTable.render(cells);
    }

    /** A number in full precision; empty when undefined. */
    static String cell(double v) {
        return Double.isFinite(v) ? Double.toString(v) : "";
    }

    /** A metric in a fixed format, so table columns line up: {@code 42.1 %}, {@code 1.25 pp}, {@code -0.500}. */
    static String fixed(Metric m, double v) {
        if (!Double.isFinite(v)) {
            return "n/a";
        }
        String s = switch (m.unit()) {
            case SHARE -> String.format(Locale.ROOT, "%.1f %%", 100 * v);
            case POINTS -> String.format(Locale.ROOT, "%.2f pp", 100 * v);
            case NUMBER -> String.format(Locale.ROOT, "%.3f", v);
        };
        // A rounding of a tiny negative (a regret of -1e-17) reads as zero, not "-0.00".
        return s.replaceFirst("^-(0\\.0+)( .*)?$", "$1$2");
    }
}
