package io.carbonrouter.explorer.io;

import io.carbonrouter.explorer.simulation.compare.NotebookMetrics;
import io.carbonrouter.explorer.simulation.measured.Replay;
import io.carbonrouter.explorer.simulation.measured.Replay.PublishedFigures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Replays of published cluster runs, one row each: as JSON ({@code {"runs": [{"run", "policy", "simulated":
 * {...}, "published": {...} | null, "reductionDifference", "precisionDifference", "reproduced"}]}}), CSV or a
 * table for people. Percent figures are percent, precisions 0-1; undefined numbers are null (JSON) or empty (CSV).
 */
public final class ReplayWriters {

    private static final String[] FIELDS = {"linearCarbonReduction", "nonLinearCarbonReduction",
        "requestWeightedPrecision", "demandWeightedPrecision", "smartAllocationRatio", "peakP100Delivery"};

    private ReplayWriters() {
    }

    private static double[] simulated(NotebookMetrics m) {
        return new double[] {m.linearCarbonReduction(), m.nonLinearCarbonReduction(), m.requestWeightedPrecision(),
            m.demandWeightedPrecision(), m.smartAllocationRatio(), m.peakP100Delivery()};
    }

    private static double[] published(PublishedFigures p) {
        return new double[] {p.linearCarbonReduction(), p.nonLinearCarbonReduction(), p.requestWeightedPrecision(),
            p.demandWeightedPrecision(), p.smartAllocationRatio(), p.peakP100Delivery()};
    }

    public static String json(List<Replay> replays, boolean pretty) {
        return ResultTables.json(pretty, g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("runs");
            for (Replay r : replays) {
                g.writeStartObject();
                g.writeStringField("run", r.run());
                g.writeStringField("policy", r.policy());
                g.writeObjectFieldStart("simulated");
                double[] s = simulated(r.simulated());
                for (int i = 0; i < FIELDS.length; i++) {
                    ResultTables.number(g, FIELDS[i], s[i]);
                }
                g.writeEndObject();
                if (r.published().isPresent()) {
                    g.writeObjectFieldStart("published");
                    double[] p = published(r.published().get());
                    for (int i = 0; i < FIELDS.length; i++) {
                        ResultTables.number(g, FIELDS[i], p[i]);
                    }
                    g.writeStringField("source", r.published().get().source());
                    g.writeEndObject();
                } else {
                    g.writeNullField("published");
                }
                ResultTables.number(g, "reductionDifference", r.reductionDifference());
                ResultTables.number(g, "precisionDifference", r.precisionDifference());
                if (r.reproduced().isPresent()) {
                    g.writeBooleanField("reproduced", r.reproduced().get());
                } else {
                    g.writeNullField("reproduced");
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    public static String csv(List<Replay> replays) {
        StringBuilder text = new StringBuilder("run,policy");
        for (String f : FIELDS) {
            text.append(",simulated.").append(f);
        }
        for (String f : FIELDS) {
            text.append(",published.").append(f);
        }
        text.append(",reductionDifference,precisionDifference,reproduced\n");
        for (Replay r : replays) {
            text.append(RunWriters.csvField(r.run())).append(',').append(RunWriters.csvField(r.policy()));
            for (double v : simulated(r.simulated())) {
                text.append(',').append(ResultTables.cell(v));
            }
            double[] p = r.published().map(ReplayWriters::published).orElse(null);
            for (int i = 0; i < FIELDS.length; i++) {
                text.append(',').append(p == null ? "" : ResultTables.cell(p[i]));
            }
            text.append(',').append(ResultTables.cell(r.reductionDifference()))
                    .append(',').append(ResultTables.cell(r.precisionDifference()))
                    .append(',').append(r.reproduced().map(String::valueOf).orElse("")).append('\n');
        }
        return text.toString();
    }

    /** One row per run: the two headline figures measured, simulated and apart, then whether they agree. */
    public static String table(List<Replay> replays) {
        List<String[]> cells = new ArrayList<>();
        cells.add(new String[] {"run", "policy", "reduction measured", "simulated", "difference",
            "precision measured", "simulated", "difference", "within 3 pt / 0.03"});
        for (Replay r : replays) {
            PublishedFigures p = r.published().orElse(null);
            cells.add(new String[] {r.run(), r.policy(),
                p == null ? "-" : percent(p.linearCarbonReduction()),
                percent(r.simulated().linearCarbonReduction()),
                p == null ? "-" : signed(r.reductionDifference(), " pt"),
                p == null ? "-" : precision(p.requestWeightedPrecision()),
                precision(r.simulated().requestWeightedPrecision()),
                p == null ? "-" : signed(r.precisionDifference(), ""),
                r.reproduced().map(b -> b ? "yes" : "no").orElse("-")});
        }
        return TextTable.render(cells);
    }

    private static String percent(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.2f %%", v) : "-";
    }

    private static String precision(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4f", v) : "-";
    }

    private static String signed(double v, String unit) {
        if (!Double.isFinite(v)) {
            return "-";
        }
        String digits = unit.isEmpty() ? "%+.4f" : "%+.2f";
        return String.format(Locale.ROOT, digits, v) + unit;
    }
}
