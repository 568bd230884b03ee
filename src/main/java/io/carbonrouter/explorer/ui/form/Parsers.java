package io.carbonrouter.explorer.ui.form;

import io.carbonrouter.explorer.ui.common.Formats;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/** The text rules of the editors: each refuses with a message that says what to type instead. */
public final class Parsers {

    /** Plain decimal notation only: Java would also take "NaN", "1d" or hex floats. */
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private Parsers() {
    }

    /** A finite number in [min, max]; whole when {@code integer}. A trailing % is ignored (precision cells). */
    public static FieldModel.Parser<Double> number(double min, double max, boolean integer) {
        return text -> {
            double v = parseNumber(text, describe(min, max, integer));
            check(v, min, max, integer);
            return v;
        };
    }

    /** Like {@link #number} but empty text means "not set". */
    public static FieldModel.Parser<OptionalDouble> optionalNumber(double min, double max, boolean integer) {
        FieldModel.Parser<Double> inner = number(min, max, integer);
        return text -> text.isBlank() ? OptionalDouble.empty() : OptionalDouble.of(inner.parse(text));
    }

    /** A whole number within the long range that still fits a double exactly (seeds). */
    public static FieldModel.Parser<Long> wholeNumber() {
        return text -> {
            try {
                return Long.parseLong(text.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("enter a whole number");
            }
        };
    }

    /** An ISO-8601 instant such as 2030-01-15T00:00:00Z, or empty for "no start". */
    public static FieldModel.Parser<Optional<Instant>> optionalInstant() {
        return text -> {
            if (text.isBlank()) {
                return Optional.empty();
            }
            try {
                return Optional.of(Instant.parse(text.strip()));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("enter a UTC time such as 2030-01-15T00:00:00Z, or leave empty");
            }
        };
    }

    /** Non-blank text without line breaks. */
    public static FieldModel.Parser<String> name() {
        return text -> {
            String s = text.strip();
            if (s.isEmpty()) {
                throw new IllegalArgumentException("enter a name");
            }
            if (s.contains("\n") || s.contains("\r")) {
                throw new IllegalArgumentException("a name is one line");
            }
            return s;
        };
    }

    private static double parseNumber(String text, String expected) {
        String s = text.strip();
        if (s.endsWith("%")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        if (!DECIMAL.matcher(s).matches()) {
            throw new IllegalArgumentException("enter " + expected);
        }
        double v = Double.parseDouble(s);
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("enter " + expected);
        }
        return v;
    }

    private static void check(double v, double min, double max, boolean integer) {
        if (v < min || v > max || integer && v != Math.rint(v)) {
            throw new IllegalArgumentException("enter " + describe(min, max, integer));
        }
    }

    private static String describe(double min, double max, boolean integer) {
        String kind = integer ? "a whole number" : "a number";
        boolean low = min != Double.NEGATIVE_INFINITY;
        boolean high = max != Double.POSITIVE_INFINITY;
        if (low && high) {
            return kind + " from " + Formats.exact(min) + " to " + Formats.exact(max);
        }
        if (low) {
            return kind + " of at least " + Formats.exact(min);
        }
        if (high) {
            return kind + " of at most " + Formats.exact(max);
        }
        return kind;
    }
}
