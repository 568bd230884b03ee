package io.carbonrouter.explorer.io;

import java.util.ArrayList;
import java.util.List;

/** Splits a CSV line into cells, as spreadsheets and Python's {@code csv} module write them. */
public final class CsvCells {

    private CsvCells() {
    }

    /** Start and end of each comma-separated field; a comma inside double quotes does not split. */
    public static List<int[]> split(String line) {
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

    /** The cell's text, trimmed, without the double quotes around it. */
    public static String cell(String line, int[] span) {
        String s = line.substring(span[0], span[1]).trim();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1).replace("\"\"", "\"").trim();
        }
        return s;
    }

    /** The lines of a text, a UTF-8 byte-order mark dropped. */
    public static String[] lines(String text) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        if (lines.length > 0 && lines[0].startsWith("\uFEFF")) {
            lines[0] = lines[0].substring(1);
        }
        return lines;
    }
}
