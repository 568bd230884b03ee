package io.carbonrouter.explorer.io.forecast;

import java.util.ArrayList;
import java.util.List;

/**
 * Fills missing values (NaN) of a curve: linearly between the nearest known neighbours, and with the nearest
 * known value before the first or after the last. The caller is told which slots were filled.
 */
final class Gaps {

    private Gaps() {
    }

    /** Number of NaN values. */
    static int count(double[] values) {
        int n = 0;
        for (double v : values) {
            if (Double.isNaN(v)) {
                n++;
            }
        }
        return n;
    }

    /**
     * A copy of {@code values} with every NaN filled, and a warning naming the filled slots when there were
     * any. At least one value must be known.
     */
    static double[] fill(double[] values, String curve, List<String> warnings) {
        double[] out = values.clone();
        int previous = -1;
        for (int i = 0; i <= out.length; i++) {
            if (i < out.length && Double.isNaN(out[i])) {
                continue;
            }
            if (i - previous > 1) {
                fillRun(out, previous, i);
            }
            previous = i;
        }
        List<String> runs = runs(values);
        if (!runs.isEmpty()) {
            int missing = count(values);
            warnings.add(curve + ": " + missing + " missing value" + (missing == 1 ? "" : "s")
                    + " filled by linear interpolation (slot" + (missing == 1 ? " " : "s ")
                    + String.join(", ", runs) + ")");
        }
        return out;
    }

    /** Fills the NaN values strictly between two known indices; -1 and length stand for "no neighbour". */
    private static void fillRun(double[] out, int before, int after) {
        for (int j = before + 1; j < after; j++) {
            if (before < 0) {
                out[j] = out[after];
            } else if (after >= out.length) {
                out[j] = out[before];
            } else {
                double f = (double) (j - before) / (after - before);
                out[j] = out[before] + f * (out[after] - out[before]);
            }
        }
    }

    /** The missing slots as ranges such as "3-5", at most six of them, then "...". */
    private static List<String> runs(double[] values) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < values.length) {
            if (!Double.isNaN(values[i])) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < values.length && Double.isNaN(values[j + 1])) {
                j++;
            }
            if (out.size() == 6) {
                out.add("...");
                break;
            }
            out.add(i == j ? Integer.toString(i) : i + "-" + j);
            i = j + 1;
        }
        return out;
    }
}
