package io.carbonrouter.explorer.io;

import com.fasterxml.jackson.core.JsonGenerator;
import io.carbonrouter.explorer.simulation.compare.BudgetComparison;
import io.carbonrouter.explorer.simulation.compare.BudgetRow;
import io.carbonrouter.explorer.simulation.compare.Comparison;
import io.carbonrouter.explorer.simulation.compare.Metric;
import io.carbonrouter.explorer.simulation.compare.MetricRow;
import io.carbonrouter.explorer.simulation.compare.Optimum;
import io.carbonrouter.explorer.simulation.compare.Percent;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A comparison as JSON ({@code {"rows": [...], "optimum": {...}, "budget": {...}}}, the budget only when the
 * scenario has one), CSV (one row per strategy, then the optimum) or a table for people; the upstream
 * notebooks' metrics follow ours ({@link NotebookColumns}), the budget's columns and table come last. An
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
            if (c.budget().isPresent()) {
                budgetJson(g, c.budget().get());
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append('\n').toString();
    }

    /**
     * {@code "budget": {"emissions", "description", "optimum": {...}, "rows": [{"policy", "targetError",
     * "meanPrecision", "emissions", "savings", "kept", "idealShare", "runs"}]}}.
     */
    private static void budgetJson(JsonGenerator g, BudgetComparison b) throws IOException {
        g.writeObjectFieldStart("budget");
        g.writeNumberField("emissions", b.budget());
        g.writeStringField("description", b.description());
        g.writeObjectFieldStart("optimum");
        ResultTables.number(g, "meanPrecision", b.optimum().meanPrecision());
        ResultTables.number(g, "emissions", b.optimum().emissions());
        ResultTables.number(g, "savings", b.optimum().savings());
        g.writeEndObject();
        g.writeArrayFieldStart("rows");
        for (BudgetRow r : b.rows()) {
            g.writeStartObject();
            g.writeStringField("policy", r.policy());
            g.writeNumberField("targetError", r.targetError());
            ResultTables.number(g, "meanPrecision", r.metrics().meanPrecision());
            ResultTables.number(g, "emissions", r.metrics().emissions());
            ResultTables.number(g, "savings", r.metrics().savings());
            g.writeBooleanField("kept", r.kept());
            ResultTables.number(g, "idealShare", r.idealShare());
            g.writeNumberField("runs", r.runs());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** With a budget, each row goes on with its budget columns and the optimum row with the budget optimum's. */
    public static String csv(Comparison c) {
        StringBuilder text = new StringBuilder();
        ResultTables.metricHeader(text);
        NotebookColumns.header(text);
        c.budget().ifPresent(b -> text.append(",").append(BUDGET_HEADER));
        text.append('\n');
        for (int i = 0; i < c.rows().size(); i++) {
            MetricRow metricRow = c.rows().get(i);
            ResultTables.metricCells(text, metricRow);
            NotebookColumns.cells(text, metricRow);
            int row = i;
            c.budget().ifPresent(b -> {
                BudgetRow r = b.rows().get(row);
                text.append(',').append(r.targetError()).append(',')
                        .append(ResultTables.cell(r.metrics().meanPrecision())).append(',')
                        .append(ResultTables.cell(r.metrics().emissions())).append(',').append(r.kept()).append(',')
                        .append(ResultTables.cell(r.idealShare()));
            });
            text.append('\n');
        }
        text.append(OPTIMUM_ROW).append(',').append(ResultTables.cell(c.optimum().savings())).append(',')
                .append(ResultTables.cell(c.optimum().meanPrecision()))
                .append(",".repeat(Metric.values().length - 2));
        NotebookColumns.empty(text);
        c.budget().ifPresent(b -> text.append(",,").append(ResultTables.cell(b.optimum().meanPrecision()))
                .append(',').append(ResultTables.cell(b.optimum().emissions())).append(",true,1.0"));
        return text.append('\n').toString();
    }

    private static final String BUDGET_HEADER = "budgetTargetError,budgetMeanPrecision,budgetEmissions,budgetKept,"
            + "budgetIdealShare";

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
        text.append(NotebookColumns.table(c.rows()));
        c.budget().ifPresent(b -> budgetTable(text, b));
        return text.toString();
    }

    /** Under the budget: each strategy's best run within it, then the optimum for it. */
    private static void budgetTable(StringBuilder text, BudgetComparison b) {
        List<String[]> cells = new ArrayList<>();
        cells.add(new String[] {"policy", "targetError", "mean precision", "emissions", "kept", "ideal share",
            "runs"});
        for (BudgetRow r : b.rows()) {
            cells.add(new String[] {r.policy(), String.format(Locale.ROOT, "%.4f", r.targetError()),
                ResultTables.fixed(Metric.MEAN_PRECISION, r.metrics().meanPrecision()),
                b.unit().format(r.metrics().emissions()), r.kept() ? "yes" : "no",
                ResultTables.fixed(Metric.IDEAL_SHARE, r.idealShare()), Integer.toString(r.runs())});
        }
        text.append("\nbudget ").append(b.description()).append(": the most precision each strategy reaches"
                + " within it (its targetError searched)\n");
        text.append(TextTable.render(cells));
        text.append("offline optimum within the budget: mean precision ")
                .append(ResultTables.fixed(Metric.MEAN_PRECISION, b.optimum().meanPrecision())).append(", saves ")
                .append(ResultTables.fixed(Metric.SAVINGS, b.optimum().savings())).append('\n');
    }
}
