package io.carbonrouter.explorer.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.carbonrouter.explorer.simulation.EmissionsUnit;
import io.carbonrouter.explorer.simulation.KeyedSeries;
import io.carbonrouter.explorer.simulation.Run;
import io.carbonrouter.explorer.simulation.RunMetrics;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A run as JSON ({@code {"steps": [...], "summary": {...}}}, the reference cases' per-step keys plus time,
 * intensity, demand and emissions) or CSV (one row per step, one column per flavour weight). Both stream,
 * so a year of five-minute slots needs no more memory than the run itself.
 */
public final class RunWriters {

    private RunWriters() {
    }

    public static void writeJson(Run run, OutputStream out, boolean pretty) throws IOException {
        writeJson(run, out, pretty, EmissionsUnit.RELATIVE);
    }

    /** Emissions in {@code unit}; the summary says which ({@code "emissionsUnit"}). */
    public static void writeJson(Run run, OutputStream out, boolean pretty, EmissionsUnit unit) throws IOException {
        try (JsonGenerator g = YamlSupport.jsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            if (pretty) {
                g.setPrettyPrinter(new DefaultPrettyPrinter());
            }
            g.writeStartObject();
            g.writeStringField("policy", run.policy());
            g.writeArrayFieldStart("steps");
            for (int t = 0; t < run.steps(); t++) {
                writeStep(g, run, t, unit);
            }
            g.writeEndArray();
            g.writeFieldName("summary");
            writeMetrics(g, run.metrics(), unit);
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private static void writeStep(JsonGenerator g, Run run, int t, EmissionsUnit unit) throws IOException {
        g.writeStartObject();
        g.writeNumberField("step", t);
        g.writeStringField("time", run.timeOf(t).toString());
        g.writeNumberField("intensity", run.intensity(t));
        g.writeNumberField("demand", run.demandWeight(t));
        writeSeries(g, "weights", run.weights(), t, false);
        g.writeNumberField("avgPrecision", run.avgPrecision(t));
        g.writeNumberField("balance", run.balance(t));
        g.writeNumberField("velocity", run.velocity(t));
        g.writeNumberField("throttle", run.throttle(t));
        g.writeNumberField("creditsRatio", run.creditsRatio(t));
        g.writeNumberField("intensityRatio", run.intensityRatio(t));
        writeSeries(g, "ceilings", run.ceilings(), t, true);
        writeSeries(g, "flavourWeights", run.flavourWeights(), t, true);
        writeSeries(g, "diagnostics", run.diagnostics(), t, false);
        g.writeNumberField("emissions", unit.convert(run.emissions(t)));
        g.writeNumberField("baselineEmissions", unit.convert(run.baselineEmissions(t)));
        g.writeEndObject();
    }

    private static void writeSeries(JsonGenerator g, String field, KeyedSeries s, int t, boolean integers)
            throws IOException {
        g.writeObjectFieldStart(field);
        for (int k = 0; k < s.names().size(); k++) {
            if (!s.has(t, k)) {
                continue;
            }
            double v = s.value(t, k);
            g.writeFieldName(s.names().get(k));
            if (Double.isNaN(v)) {
                g.writeNull();
            } else if (integers) {
                g.writeNumber((long) v);
            } else {
                g.writeNumber(v);
            }
        }
        g.writeEndObject();
    }

    public static void writeMetrics(JsonGenerator g, RunMetrics m, EmissionsUnit unit) throws IOException {
        g.writeStartObject();
        g.writeNumberField("steps", m.steps());
        number(g, "emissions", unit.convert(m.emissions()));
        number(g, "baselineEmissions", unit.convert(m.baselineEmissions()));
        g.writeStringField("emissionsUnit", unit.symbol());
        number(g, "savings", m.savings());
        number(g, "meanPrecision", m.meanPrecision());
        number(g, "minPrecision", m.minPrecision());
        number(g, "shareBelowTarget", m.shareBelowTarget());
        number(g, "finalBalance", m.finalBalance());
        number(g, "minBalance", m.minBalance());
        number(g, "maxBalance", m.maxBalance());
        number(g, "shareAtDebtLimit", m.shareAtDebtLimit());
        number(g, "meanThrottle", m.meanThrottle());
        g.writeEndObject();
    }

    private static void number(JsonGenerator g, String name, double v) throws IOException {
        g.writeFieldName(name);
        if (Double.isFinite(v)) {
            g.writeNumber(v);
        } else {
            g.writeNull();
        }
    }

    public static void writeCsv(Run run, OutputStream out) throws IOException {
        writeCsv(run, out, EmissionsUnit.RELATIVE);
    }

    /** Emissions in {@code unit}; in grams the two columns are named {@code emissions_gCO2}, ... */
    public static void writeCsv(Run run, OutputStream out, EmissionsUnit unit) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        String suffix = unit.isGrams() ? "_" + EmissionsUnit.GRAMS : "";
        StringBuilder line = new StringBuilder("step,time,intensity,demand,avgPrecision,balance,velocity,throttle,"
                + "creditsRatio,intensityRatio,emissions" + suffix + ",baselineEmissions" + suffix);
        header(line, "weight:", run.weights());
        header(line, "flavourWeight:", run.flavourWeights());
        header(line, "ceiling:", run.ceilings());
        w.write(line.append('\n').toString());
        for (int t = 0; t < run.steps(); t++) {
            line.setLength(0);
            line.append(t).append(',').append(run.timeOf(t)).append(',').append(run.intensity(t)).append(',')
                    .append(run.demandWeight(t)).append(',').append(run.avgPrecision(t)).append(',')
                    .append(run.balance(t)).append(',').append(run.velocity(t)).append(',')
                    .append(run.throttle(t)).append(',').append(run.creditsRatio(t)).append(',')
                    .append(run.intensityRatio(t)).append(',').append(unit.convert(run.emissions(t))).append(',')
                    .append(unit.convert(run.baselineEmissions(t)));
            cells(line, run.weights(), t, false);
            cells(line, run.flavourWeights(), t, true);
            cells(line, run.ceilings(), t, true);
            w.write(line.append('\n').toString());
        }
        w.flush();
    }

    private static void header(StringBuilder line, String prefix, KeyedSeries s) {
        for (String name : s.names()) {
            line.append(',').append(csvField(prefix + name));
        }
    }

    private static void cells(StringBuilder line, KeyedSeries s, int t, boolean integers) {
        for (int k = 0; k < s.names().size(); k++) {
            line.append(',');
            if (s.has(t, k) && !Double.isNaN(s.value(t, k))) {
                double v = s.value(t, k);
                line.append(integers ? Long.toString((long) v) : Double.toString(v));
            }
        }
    }

    static String csvField(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
