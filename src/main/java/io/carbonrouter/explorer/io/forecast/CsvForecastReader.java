package io.carbonrouter.explorer.io.forecast;

import io.carbonrouter.explorer.io.CsvCells;
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
        String[] lines = CsvCells.lines(text);
        boolean first = true;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
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
        List<int[]> spans = CsvCells.split(line);
        if (first && Timestamps.parse(CsvCells.cell(line, spans.get(0))).isEmpty()) {
            boolean twoCurves = spans.size() >= 3
                    && CsvCells.cell(line, spans.get(2)).equalsIgnoreCase("forecast");
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
        Optional<Timestamps.Parsed> time = Timestamps.parse(CsvCells.cell(line, spans.get(0)));
        if (time.isEmpty()) {
            problem(0, line, spans, number, "\"" + CsvCells.cell(line, spans.get(0)) + "\" is not an ISO-8601 time"
                    + " such as 2030-01-15T00:30:00Z");
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
        String text = CsvCells.cell(line, spans.get(column));
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
}
