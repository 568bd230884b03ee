package io.carbonrouter.explorer.io;

import io.carbonrouter.explorer.simulation.measured.ReconcileMetric;
import io.carbonrouter.explorer.simulation.measured.Reconciliation;
import io.carbonrouter.explorer.simulation.measured.Reconciliation.Row;

import java.util.ArrayList;
import java.util.List;

/**
 * A reconcile as JSON ({@code {"policy", "parts": [...], "rows": [{"metric", "measured", "simulated",
 * "difference", "movedBy", "moved"}], "warnings"}}), CSV (one row per metric) or a table for people, as compare
 * writes its own. Undefined numbers are null in JSON and empty in CSV.
 */
public final class ReconcileWriters {

    private ReconcileWriters() {
    }

    public static String json(Reconciliation r, boolean pretty) {
        return ResultTables.json(pretty, g -> {
            g.writeStartObject();
            g.writeStringField("policy", r.policy());
            g.writeArrayFieldStart("parts");
            for (String p : r.parts()) {
                g.writeString(p);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("rows");
            for (Row row : r.rows()) {
                g.writeStartObject();
                g.writeStringField("metric", row.metric().key());
                g.writeStringField("unit", row.metric().unit());
                ResultTables.number(g, "measured", row.measured());
                ResultTables.number(g, "simulated", row.simulated());
                ResultTables.number(g, "difference", row.difference());
                if (row.movedBy().isPresent()) {
                    g.writeStringField("movedBy", row.movedBy().get());
                } else {
                    g.writeNullField("movedBy");
                }
                ResultTables.number(g, "moved", row.moved());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("warnings");
            for (String w : r.warnings()) {
                g.writeString(w);
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    public static String csv(Reconciliation r) {
        StringBuilder text = new StringBuilder("metric,unit,measured,simulated,difference,movedBy,moved\n");
        for (Row row : r.rows()) {
            text.append(row.metric().key()).append(',').append(RunWriters.csvField(row.metric().unit())).append(',')
                    .append(ResultTables.cell(row.measured())).append(',')
                    .append(ResultTables.cell(row.simulated())).append(',')
                    .append(ResultTables.cell(row.difference())).append(',')
                    .append(row.movedBy().orElse("")).append(',').append(ResultTables.cell(row.moved()))
                    .append('\n');
        }
        return text.toString();
    }

    /** Aligned columns, then which parts were switched, then the warnings. */
    public static String table(Reconciliation r) {
        List<String[]> cells = new ArrayList<>();
        cells.add(new String[] {"metric", "measured", "simulated", "difference", "moved most by"});
        for (Row row : r.rows()) {
            ReconcileMetric m = row.metric();
            cells.add(new String[] {m.label(), m.format(row.measured()), m.format(row.simulated()),
                signed(m, row.difference()), movedBy(m, row)});
        }
        StringBuilder text = new StringBuilder("policy ").append(r.policy()).append('\n')
                .append(TextTable.render(cells));
        text.append(r.parts().isEmpty() ? "no modelled part to switch: the scenario has no cluster model or"
                + " forecast error\n" : "each part switched to its ideal value on its own: "
                + String.join(", ", r.parts()) + "\n");
        r.warnings().forEach(w -> text.append("note: ").append(w).append('\n'));
        return text.toString();
    }

    private static String movedBy(ReconcileMetric m, Row row) {
        return row.movedBy().map(p -> p + " (" + signed(m, row.moved()) + ")").orElse("-");
    }

    private static String signed(ReconcileMetric m, double v) {
        String s = m.format(v);
        return Double.isFinite(v) && v > 0 ? "+" + s : s.replaceFirst("^-(0\\.0+)( .*)?$", "$1$2");
    }
}
