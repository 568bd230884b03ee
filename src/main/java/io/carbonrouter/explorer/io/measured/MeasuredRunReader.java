package io.carbonrouter.explorer.io.measured;

import io.carbonrouter.explorer.io.CsvCells;
import io.carbonrouter.explorer.io.InputException;
import io.carbonrouter.explorer.io.YamlSupport;
import io.carbonrouter.explorer.simulation.Limits;
import io.carbonrouter.explorer.simulation.Problem;
import io.carbonrouter.explorer.simulation.measured.MeasuredRun;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the per-sample CSV of upstream's benchmark harness ({@code timeseries.csv}, written by
 * {@code experiments/run_simple_benchmark.py} and {@code run_autoscaling_benchmark.py}) by its header: it needs
 * {@code elapsed_seconds}, {@code carbon_now} and a {@code requests_precision_N} column per flavour; every other
 * column but {@code timestamp} is a number kept by its name (the set changed between harness versions). An empty
 * cell is a missing value. A negative request count (the harness's delta across a counter reset) counts as 0,
 * with a warning.
 */
public final class MeasuredRunReader {

    /** A measured run with what the user should know about how it was read. */
    public record Read(MeasuredRun run, List<String> warnings) {

        public Read {
            warnings = Limits.capWarnings(warnings);
        }
    }

    static final String ELAPSED = "elapsed_seconds";
    private static final Pattern REQUESTS = Pattern.compile("requests_precision_(\\d{1,3})");
    private static final Set<String> TEXT = Set.of("timestamp");
    private static final int SHOWN = 5;

    private final String source;
    private final List<Problem> problems = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<String> header = new ArrayList<>();
    private final List<double[]> rows = new ArrayList<>();
    private int resets;

    private MeasuredRunReader(String source) {
        this.source = source;
    }

    public static Read read(Path file) {
        return parse(YamlSupport.readInput(file), YamlSupport.sourceName(file));
    }

    /** Reads CSV text; {@code source} names it in messages. */
    public static Read parse(String text, String source) {
        MeasuredRunReader r = new MeasuredRunReader(source);
        String[] lines = CsvCells.lines(text);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            if (r.header.isEmpty()) {
                r.header(lines[i], i + 1);
            } else {
                r.row(lines[i], i + 1);
            }
            if (r.problems.size() > SHOWN) {
                break;
            }
        }
        return r.finish();
    }

    private void header(String line, int number) {
        Set<String> seen = new HashSet<>();
        for (int[] span : CsvCells.split(line)) {
            String name = CsvCells.cell(line, span);
            if (!seen.add(name)) {
                problems.add(new Problem("header", "column " + name + " appears twice (line " + number + ")"));
            }
            Matcher m = REQUESTS.matcher(name);
            if (m.matches() && Integer.parseInt(m.group(1)) > 100) {
                problems.add(new Problem("header", name + ": a precision above 100 % (line " + number + ")"));
            }
            header.add(name);
        }
        List<String> missing = new ArrayList<>();
        for (String required : List.of(ELAPSED, MeasuredRun.CARBON_NOW)) {
            if (!seen.contains(required)) {
                missing.add(required);
            }
        }
        if (header.stream().noneMatch(h -> REQUESTS.matcher(h).matches())) {
            missing.add("requests_precision_N (one per flavour)");
        }
        if (!missing.isEmpty()) {
            problems.add(new Problem("header", "not a benchmark harness timeseries.csv: no column "
                    + String.join(", ", missing) + " (line " + number + ")"));
        }
    }

    private void row(String line, int number) {
        if (!problems.isEmpty()) {
            return;
        }
        List<int[]> spans = CsvCells.split(line);
        if (spans.size() != header.size()) {
            problems.add(new Problem("", "expected " + header.size() + " columns as the header names, got "
                    + spans.size() + " (line " + number + ")"));
            return;
        }
        if (rows.size() >= Limits.MAX_CURVE_POINTS) {
            problems.add(new Problem("", "more than " + Limits.MAX_CURVE_POINTS + " samples (line " + number + ")"));
            return;
        }
        double[] values = new double[header.size()];
        for (int c = 0; c < values.length; c++) {
            values[c] = TEXT.contains(header.get(c)) ? Double.NaN : number(line, spans.get(c), c, number);
        }
        int elapsed = header.indexOf(ELAPSED);
        double previous = rows.isEmpty() ? Double.NEGATIVE_INFINITY : rows.get(rows.size() - 1)[elapsed];
        if (Double.isNaN(values[elapsed])) {
            problem(ELAPSED, "is empty", spans.get(elapsed), number);
        } else if (!(values[elapsed] > previous) || values[elapsed] < 0) {
            problem(ELAPSED, values[elapsed] + " must be >= 0 and after the previous sample's", spans.get(elapsed),
                    number);
        }
        rows.add(values);
    }

    private double number(String line, int[] span, int column, int number) {
        String text = CsvCells.cell(line, span);
        if (text.isEmpty()) {
            return Double.NaN;
        }
        try {
            double v = Double.parseDouble(text);
            if (Double.isFinite(v) && Math.abs(v) <= Limits.MAX_MAGNITUDE) {
                return v;
            }
            problem(header.get(column), "must be a finite number of magnitude at most " + Limits.MAX_MAGNITUDE_TEXT
                    + ", got " + text, span, number);
        } catch (NumberFormatException e) {
            problem(header.get(column), "\"" + text + "\" is not a number", span, number);
        }
        return Double.NaN;
    }

    private void problem(String column, String message, int[] span, int number) {
        problems.add(new Problem(column, message + " (line " + number + ", column " + (span[0] + 1) + ")"));
    }

    private Read finish() {
        if (header.isEmpty()) {
            throw new InputException(source + ": the file is empty");
        }
        if (problems.size() > SHOWN) {
            List<Problem> first = new ArrayList<>(problems.subList(0, SHOWN));
            first.add(new Problem("", "and more problems"));
            throw new InputException(source, first);
        }
        if (!problems.isEmpty()) {
            throw new InputException(source, problems);
        }
        if (rows.isEmpty()) {
            throw new InputException(source + ": no samples: the file has a header only");
        }
        double[] elapsed = column(header.indexOf(ELAPSED));
        TreeMap<Integer, double[]> requests = new TreeMap<>();
        Map<String, double[]> gauges = new LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c);
            Matcher m = REQUESTS.matcher(name);
            if (m.matches()) {
                requests.put(Integer.parseInt(m.group(1)), counts(c));
            } else if (!TEXT.contains(name) && !name.equals(ELAPSED)) {
                gauges.put(name, column(c));
            }
        }
        if (resets > 0) {
            warnings.add(resets + " negative request count" + (resets == 1 ? "" : "s") + " (a counter reset between"
                    + " two samples) counted as 0");
        }
        int[] precisions = requests.keySet().stream().mapToInt(Integer::intValue).toArray();
        return new Read(new MeasuredRun(source, elapsed, precisions, requests.values().toArray(new double[0][]),
                gauges), warnings);
    }

    private double[] column(int c) {
        double[] out = new double[rows.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = rows.get(i)[c];
        }
        return out;
    }

    /** A request column: empty cells are no requests, negative ones a counter reset. */
    private double[] counts(int c) {
        double[] out = column(c);
        for (int i = 0; i < out.length; i++) {
            if (Double.isNaN(out[i])) {
                out[i] = 0;
            } else if (out[i] < 0) {
                out[i] = 0;
                resets++;
            }
        }
        return out;
    }
}
