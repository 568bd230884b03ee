package io.carbonrouter.explorer.io.forecast;

import io.carbonrouter.explorer.simulation.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * CSV with the columns {@code timestamp,intensity[,demand]} or {@code timestamp,actual,forecast[,demand]}:
 * ISO-8601 times, gCO2/kWh, requests. The second form is told by a header naming a {@code forecast} column
 * third, or by four columns. A first line that is not data is a header; blank lines and lines starting with
 * {@code #} are skipped; an empty cell is a gap. Fields may be wrapped in double quotes, as spreadsheets write
 * them.
 */
final class CsvForecastReader {

    private static final String[] ONE_CURVE = {"timestamp", "intensity", "demand"};
    private static final String[] TWO_CURVES = {"timestamp", "actual", "forecast", "demand"};

    private final List<Sample> samples = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private boolean withDemand;
    private boolean withForecast;
    private boolean utcAssumed;
    private String[] columns = ONE_CURVE;

    static ImportedForecast read(String text, String source) {
        CsvForecastReader reader = new CsvForecastReader();
        String[] lines = text.split("\r\n|\r|\n", -1);
        boolean first = true;
        for (int i = 0; i < lines.length; i++) {
            String line = i == 0 && lines[0].startsWith("\uFEFF") ? lines[0].substring(1) : lines[i];
            if (line.isBlank() || line.trim().startsWith("#")) {
                continue;
            }
            reader.line(line, i + 1, first);
            first = false;
        }
        if (reader.utcAssumed) {
            reader.warnings.add("times without a UTC offset were read as UTC");
        }
        return Curves.timed(source, ForecastFormat.CSV, reader.samples, OptionalInt.empty(), reader.withDemand,
                reader.withForecast, reader.warnings, reader.problems);
    }

    private void line(String line, int number, boolean first) {
        List<int[]> spans = split(line);
        if (first && Timestamps.parse(cell(line, spans.get(0))).isEmpty()) {
            boolean twoCurves = spans.size() >= 3 && cell(line, spans.get(2)).equalsIgnoreCase("forecast");
            columns = twoCurves ? TWO_CURVES : ONE_CURVE;
            withForecast = twoCurves;
            withDemand = spans.size() >= columns.length;
            return;
        }
        if (first && spans.size() == TWO_CURVES.length) {
            columns = TWO_CURVES;
            withForecast = true;
        }
        if (spans.size() < 2 || spans.size() > columns.length) {
            problems.add(new Problem("", "expected " + String.join(",", columns).replaceFirst(",demand$", "[,demand]")
                    + ", got " + spans.size() + " column" + (spans.size() == 1 ? "" : "s") + " (line " + number
                    + ")"));
            return;
        }
        withDemand |= spans.size() == columns.length;
        Optional<Timestamps.Parsed> time = Timestamps.parse(cell(line, spans.get(0)));
        if (time.isEmpty()) {
            problem(0, line, spans, number, "\"" + cell(line, spans.get(0)) + "\" is not an ISO-8601 time such as"
                    + " 2030-01-15T00:30:00Z");
            return;
        }
        utcAssumed |= time.get().utcAssumed();
        double intensity = number(1, line, spans, number);
        int demandColumn = columns.length - 1;
        double demand = spans.size() > demandColumn ? number(demandColumn, line, spans, number) : Double.NaN;
        double forecast = withForecast && spans.size() > 2 ? number(2, line, spans, number) : Double.NaN;
        samples.add(new Sample(time.get().instant(), intensity, demand, forecast, columns[0], "line " + number));
    }

    /** The cell's value, >= 0; NaN when it is empty (a gap) or broken (with a problem). */
    private double number(int column, String line, List<int[]> spans, int number) {
        String text = cell(line, spans.get(column));
        if (text.isEmpty()) {
            return Double.NaN;
        }
        try {
            double v = Double.parseDouble(text);
            if (Double.isFinite(v) && v >= 0) {
                return v;
            }
            problem(column, line, spans, number, "must be a finite number >= 0, got " + text);
        } catch (NumberFormatException e) {
            problem(column, line, spans, number, "\"" + text + "\" is not a number");
        }
        return Double.NaN;
    }

    private void problem(int column, String line, List<int[]> spans, int number, String message) {
        problems.add(new Problem(columns[column], message + " (line " + number + ", column "
                + (spans.get(column)[0] + 1) + ")"));
    }

    /** Start and end of each comma-separated field; a comma inside double quotes does not split. */
    private static List<int[]> split(String line) {
        List<int[]> spans = new ArrayList<>();
        int start = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                spans.add(new int[] {start, i});
                start = i + 1;
            }
        }
        spans.add(new int[] {start, line.length()});
        return spans;
    }

    private static String cell(String line, int[] span) {
        String s = line.substring(span[0], span[1]).trim();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1).replace("\"\"", "\"").trim();
        }
        return s;
    }
}
