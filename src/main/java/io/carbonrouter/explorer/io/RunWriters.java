package io.carbonrouter.explorer.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.carbonrouter.explorer.simulation.EmissionsUnit;
import io.carbonrouter.explorer.simulation.KeyedSeries;
import io.carbonrouter.explorer.simulation.Run;
import io.carbonrouter.explorer.simulation.RunMetrics;
import io.carbonrouter.explorer.simulation.Simulation;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * A run as JSON ({@code {"steps": [...], "summary": {...}}}, the reference cases' per-step keys plus time,
 * slot, realised precision, intensity (actual), forecast (what the engine saw), demand and emissions) or CSV
 * (one row per step, one column per flavour weight). Both stream; written straight from a
 * {@link Simulation}, no run is held in memory.
 */
public final class RunWriters {

    /** Steps written per chunk when streaming: large enough to amortise, small enough to stay in cache. */
    private static final int CHUNK = 4096;

    private RunWriters() {
    }

    public static void writeJson(Run run, OutputStream out, boolean pretty) throws IOException {
        writeJson(run.policy(), sink -> {
            sink.accept(run);
            return run.metrics();
        }, out, pretty, EmissionsUnit.RELATIVE);
    }

    /** Runs the simulation to its end, writing each chunk of steps as it comes (nothing is kept). */
    public static void streamJson(Simulation sim, OutputStream out, boolean pretty, EmissionsUnit unit)
            throws IOException {
        writeJson(sim.policy(), sink -> sim.stream(CHUNK, sink), out, pretty, unit);
    }

    /** Runs the simulation to its end, writing each chunk of rows as it comes (nothing is kept). */
    public static void streamCsv(Simulation sim, OutputStream out, EmissionsUnit unit) throws IOException {
        CsvOut csv = new CsvOut(out);
        boolean[] headed = {false};
        sim.stream(CHUNK, chunk -> {
            if (!headed[0]) {
                csvHeader(csv, chunk, unit);
                headed[0] = true;
            }
            csvRows(csv, chunk, unit);
        });
        csv.flush();
    }

    /** Produces the steps, chunk by chunk, and then the metrics of them all. */
    @FunctionalInterface
    private interface Steps {
        RunMetrics writeAll(Simulation.ChunkSink sink) throws IOException;
    }

    private static void writeJson(String policy, Steps steps, OutputStream out, boolean pretty,
                                  EmissionsUnit unit) throws IOException {
        try (JsonGenerator g = YamlSupport.jsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            if (pretty) {
                g.setPrettyPrinter(new DefaultPrettyPrinter());
            }
            g.writeStartObject();
            g.writeStringField("policy", policy);
            g.writeArrayFieldStart("steps");
            TimeText time = new TimeText();
            RunMetrics metrics = steps.writeAll(chunk -> {
                for (int t = 0; t < chunk.steps(); t++) {
                    writeStep(g, chunk, t, unit, time);
                }
            });
            g.writeEndArray();
            g.writeFieldName("summary");
            writeMetrics(g, metrics, unit);
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    /** A step's time as text in reused buffers (see {@link IsoInstants}). */
    private static final class TimeText {

        private final IsoInstants times = new IsoInstants();
        private final StringBuilder text = new StringBuilder(40);
        private char[] chars = new char[40];

        void write(JsonGenerator g, Instant t) throws IOException {
            text.setLength(0);
            times.append(text, t);
            int n = text.length();
            if (chars.length < n) {
                chars = new char[n];
            }
            text.getChars(0, n, chars, 0);
            g.writeString(chars, 0, n);
        }
    }

    private static void writeStep(JsonGenerator g, Run run, int t, EmissionsUnit unit, TimeText time)
            throws IOException {
        g.writeStartObject();
        g.writeNumberField("step", run.first() + t);
        g.writeFieldName("time");
        time.write(g, run.timeOf(t));
        g.writeNumberField("slot", run.slot(t));
        number(g, "realisedPrecision", run.realisedPrecision(t));
        g.writeNumberField("intensity", run.intensity(t));
        g.writeNumberField("forecast", run.forecast(t));
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

    /** The metrics with emissions in {@code unit}, and which unit that is ({@code "emissionsUnit"}). */
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
        CsvOut csv = new CsvOut(out);
        csvHeader(csv, run, EmissionsUnit.RELATIVE);
        csvRows(csv, run, EmissionsUnit.RELATIVE);
        csv.flush();
    }

    /**
     * Rows gathered in one reused buffer and written a block at a time: a streamed year prints millions of
     * rows, and a string or a formatter per cell would be most of what it allocates.
     */
    private static final class CsvOut {

        private static final int BLOCK = 1 << 15;

        private final Writer w;
        private final StringBuilder line = new StringBuilder(BLOCK + 1024);
        private final IsoInstants times = new IsoInstants();
        private char[] chars = new char[BLOCK + 1024];

        CsvOut(OutputStream out) {
            this.w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        }

        void endRow() throws IOException {
            line.append('\n');
            if (line.length() >= BLOCK) {
                drain();
            }
        }

        private void drain() throws IOException {
            int n = line.length();
            if (chars.length < n) {
                chars = new char[n];
            }
            line.getChars(0, n, chars, 0);
            w.write(chars, 0, n);
            line.setLength(0);
        }

        void flush() throws IOException {
            drain();
            w.flush();
        }
    }

    /** In grams the two emission columns are named {@code emissions_gCO2}, ... */
    private static void csvHeader(CsvOut csv, Run run, EmissionsUnit unit) throws IOException {
        String suffix = unit.isGrams() ? "_" + EmissionsUnit.GRAMS : "";
        StringBuilder line = csv.line.append("step,time,intensity,demand,avgPrecision,balance,velocity,throttle,"
                + "creditsRatio,intensityRatio,emissions" + suffix + ",baselineEmissions" + suffix
                + ",slot,realisedPrecision,forecast");
        header(line, "weight:", run.weights());
        header(line, "flavourWeight:", run.flavourWeights());
        header(line, "ceiling:", run.ceilings());
        csv.endRow();
    }

    private static void csvRows(CsvOut csv, Run run, EmissionsUnit unit) throws IOException {
        StringBuilder line = csv.line;
        for (int t = 0; t < run.steps(); t++) {
            line.append(run.first() + t).append(',');
            csv.times.append(line, run.timeOf(t));
            line.append(',').append(run.intensity(t)).append(',')
                    .append(run.demandWeight(t)).append(',').append(run.avgPrecision(t)).append(',')
                    .append(run.balance(t)).append(',').append(run.velocity(t)).append(',')
                    .append(run.throttle(t)).append(',').append(run.creditsRatio(t)).append(',')
                    .append(run.intensityRatio(t)).append(',').append(unit.convert(run.emissions(t))).append(',')
                    .append(unit.convert(run.baselineEmissions(t))).append(',').append(run.slot(t)).append(',');
            double realised = run.realisedPrecision(t);
            if (!Double.isNaN(realised)) {
                line.append(realised);
            }
            line.append(',').append(run.forecast(t));
            cells(line, run.weights(), t, false);
            cells(line, run.flavourWeights(), t, true);
            cells(line, run.ceilings(), t, true);
            csv.endRow();
        }
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
                if (integers) {
                    line.append((long) v);
                } else {
                    line.append(v);
                }
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
