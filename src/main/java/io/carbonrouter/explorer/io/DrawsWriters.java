package io.carbonrouter.explorer.io;

import com.fasterxml.jackson.core.JsonGenerator;
import io.carbonrouter.explorer.simulation.compare.Band;
import io.carbonrouter.explorer.simulation.compare.DrawRow;
import io.carbonrouter.explorer.simulation.compare.DrawsResult;
import io.carbonrouter.explorer.simulation.compare.Metric;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Forecast error draws as JSON ({@code {"draws", "firstSeed", "rows": [{"policy", "savings": {"mean", "p5",
 * "p95"}, "meanPrecision": {...}, "perfectSavings", "forecastCost", "idealShare": {...},
 * "perfectIdealShare"}]}}),
 * CSV (one row per strategy) or a table.
 */
public final class DrawsWriters {

    private static final String HEADER = "policy,savingsMean,savingsP5,savingsP95,meanPrecisionMean,"
            + "meanPrecisionP5,meanPrecisionP95,perfectSavings,forecastCost,idealShareMean,idealShareP5,idealShareP95,"
            + "perfectIdealShare";

    /** The forecast cost's place among {@link #numbers}: a difference in points, the rest are shares. */
    private static final int COST = 7;

    private DrawsWriters() {
    }

    public static String json(DrawsResult r, boolean pretty) {
        return ResultTables.json(pretty, g -> {
            g.writeStartObject();
            g.writeNumberField("draws", r.draws());
            g.writeNumberField("firstSeed", r.firstSeed());
            g.writeArrayFieldStart("rows");
            for (DrawRow row : r.rows()) {
                g.writeStartObject();
                g.writeStringField("policy", row.policy());
                band(g, "savings", row.savings());
                band(g, "meanPrecision", row.meanPrecision());
                ResultTables.number(g, "perfectSavings", row.perfectSavings());
                ResultTables.number(g, "forecastCost", row.forecastCost());
                band(g, "idealShare", row.idealShare());
                ResultTables.number(g, "perfectIdealShare", row.perfectIdealShare());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    private static void band(JsonGenerator g, String name, Band b) throws IOException {
        g.writeObjectFieldStart(name);
        ResultTables.number(g, "mean", b.mean());
        ResultTables.number(g, "p5", b.p5());
        ResultTables.number(g, "p95", b.p95());
        g.writeEndObject();
    }

    public static String csv(DrawsResult r) {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (DrawRow row : r.rows()) {
            text.append(RunWriters.csvField(row.policy()));
            for (double v : numbers(row)) {
                text.append(',').append(ResultTables.cell(v));
            }
            text.append('\n');
        }
        return text.toString();
    }

    /** Shares in %, the cost in percentage points, then a line on what the bands are. */
    public static String table(DrawsResult r) {
        List<String[]> cells = new ArrayList<>();
        cells.add(new String[] {"policy", "savings", "p5", "p95", "mean precision", "p5", "p95", "perfect",
            "forecast cost", "ideal share", "p5", "p95", "perfect share"});
        for (DrawRow row : r.rows()) {
            double[] v = numbers(row);
            String[] line = new String[v.length + 1];
            line[0] = row.policy();
            for (int i = 0; i < v.length; i++) {
                line[i + 1] = ResultTables.fixed(i == COST ? Metric.REGRET : Metric.SAVINGS, v[i]);
            }
            cells.add(line);
        }
        return TextTable.render(cells) + r.draws() + " forecast draw" + (r.draws() == 1 ? "" : "s") + ", seeds "
                + r.firstSeed() + " to " + (r.firstSeed() + r.draws() - 1) + "; p5/p95: 5th and 95th percentiles;"
                + " perfect: savings with the actual curve as forecast; ideal share: savings over the offline"
                + " optimum's at the same mean precision\n";
    }

    private static double[] numbers(DrawRow row) {
        return new double[] {row.savings().mean(), row.savings().p5(), row.savings().p95(),
            row.meanPrecision().mean(), row.meanPrecision().p5(), row.meanPrecision().p95(), row.perfectSavings(),
            row.forecastCost(), row.idealShare().mean(), row.idealShare().p5(), row.idealShare().p95(),
            row.perfectIdealShare()};
    }
}
