package io.carbonrouter.explorer.io;

import io.carbonrouter.explorer.engine.NameRules;
import io.carbonrouter.explorer.io.LocatedTree.Kind;
import io.carbonrouter.explorer.io.LocatedTree.Node;
import io.carbonrouter.explorer.simulation.Problem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Typed reads from a {@link LocatedTree}, collecting problems (with field path, line and column) instead of
 * stopping at the first, and warnings for fields nobody reads.
 */
public final class FieldReader {

    /**
     * YAML's words for not-a-number and infinity ({@code .nan}, {@code -.Inf}): read as numbers, refused.
     * Compiled once: a curve of a year has tens of thousands of numbers.
     */
    private static final Pattern YAML_NAN_OR_INF = Pattern.compile("(?i)[-+]?\\.(nan|inf)");

    private final List<Problem> problems = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    public List<Problem> problems() {
        return problems;
    }

    public List<String> warnings() {
        return warnings;
    }

    public void problem(String path, Node at, String message) {
        problems.add(new Problem(path, at == null ? message : message + " (" + at.where() + ")"));
    }

    /** Lists every field of {@code object} not in {@code known} as a warning. */
    public void warnUnknown(Node object, String path, Set<String> known) {
        for (String name : object.fields().keySet()) {
            if (!known.contains(name)) {
                Node n = object.get(name);
                warnings.add("unknown field " + join(path, name) + " ignored (" + n.where() + ")");
            }
        }
    }

    public boolean isObject(Node n, String path) {
        if (n.kind() != Kind.OBJECT) {
            problem(path, n, "must be a mapping of fields, got " + describe(n));
            return false;
        }
        return true;
    }

    public boolean isArray(Node n, String path) {
        if (n.kind() != Kind.ARRAY) {
            problem(path, n, "must be a list, got " + describe(n));
            return false;
        }
        return true;
    }

    /** A finite number; numeric strings ("0.15", as a TrafficSchedule writes them) are accepted. */
    public double number(Node n, String path, double fallback) {
        if (n == null) {
            return fallback;
        }
        String text = n.text();
        if ((n.kind() == Kind.NUMBER || n.kind() == Kind.STRING) && text != null) {
            if (YAML_NAN_OR_INF.matcher(text.trim()).matches()) {
                problem(path, n, "must be a finite number, got " + text);
                return fallback;
            }
            try {
                double v = Double.parseDouble(text.trim());
                if (Double.isFinite(v)) {
                    return v;
                }
                problem(path, n, "must be a finite number, got " + text);
                return fallback;
            } catch (NumberFormatException e) {
                problem(path, n, "must be a number, got \"" + text + "\"");
                return fallback;
            }
        }
        problem(path, n, "must be a number, got " + describe(n));
        return fallback;
    }

    /** A whole number within int range. */
    public Integer integer(Node n, String path, Integer fallback) {
        Long v = wholeNumber(n, path, fallback == null ? null : fallback.longValue());
        if (v == null || v == v.intValue()) {
            return v == null ? null : v.intValue();
        }
        problem(path, n, "must be a whole number between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE
                + ", got " + n.text());
        return fallback;
    }

    /** A whole number within long range (a seed, say). */
    public Long wholeNumber(Node n, String path, Long fallback) {
        if (n == null) {
            return fallback;
        }
        String text = n.text();
        if ((n.kind() == Kind.NUMBER || n.kind() == Kind.STRING) && text != null) {
            try {
                return new BigDecimal(text.trim()).longValueExact();
            } catch (NumberFormatException | ArithmeticException e) {
                problem(path, n, "must be a whole number, got " + text);
                return fallback;
            }
        }
        problem(path, n, "must be a whole number, got " + describe(n));
        return fallback;
    }

    public Boolean bool(Node n, String path, Boolean fallback) {
        if (n == null) {
            return fallback;
        }
        if (n.kind() == Kind.BOOLEAN) {
            return Boolean.parseBoolean(n.text());
        }
        if (n.kind() == Kind.STRING && ("true".equalsIgnoreCase(n.text()) || "false".equalsIgnoreCase(n.text()))) {
            return Boolean.parseBoolean(n.text());
        }
        problem(path, n, "must be true or false, got " + describe(n));
        return fallback;
    }

    public String string(Node n, String path, String fallback) {
        if (n == null || n.kind() == Kind.NULL) {
            return fallback;
        }
        if (n.kind() == Kind.OBJECT || n.kind() == Kind.ARRAY) {
            problem(path, n, "must be text, got " + describe(n));
            return fallback;
        }
        return n.text();
    }

    /**
     * A name (of a scenario, a flavour): trimmed; when present it must hold a visible character and no line break
     * or control character ({@link NameRules}), else a problem quoting it and {@code fallback}.
     */
    public String name(Node n, String path, String fallback) {
        if (n == null) {
            return fallback;
        }
        String raw = n.kind() == Kind.NULL ? null : string(n, path, null);
        String name = NameRules.trim(raw);
        String why = name != null && name.isEmpty() && !raw.isEmpty() ? "has no visible character"
                : NameRules.problem(name);
        if (why != null) {
            problem(path, n, "the name " + why + ", got " + NameRules.quote(raw));
            return fallback;
        }
        return name;
    }

    /** A list of finite numbers >= 0, such as a curve. */
    public double[] curve(Node n, String path) {
        if (n == null || !isArray(n, path)) {
            return new double[0];
        }
        List<Node> items = n.items();
        double[] out = new double[items.size()];
        for (int i = 0; i < out.length; i++) {
            String at = path + "[" + i + "]";
            out[i] = number(items.get(i), at, 0.0);
            if (out[i] < 0) {
                problem(at, items.get(i), "must be >= 0, got " + items.get(i).text());
            }
        }
        return out;
    }

    static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** How a node reads in a message: its text, or what kind of thing it is. */
    public static String describe(Node n) {
        switch (n.kind()) {
            case OBJECT:
                return "a mapping";
            case ARRAY:
                return "a list";
            case NULL:
                return "nothing (null)";
            case STRING:
                return "\"" + n.text() + "\"";
            default:
                return n.text();
        }
    }
}
