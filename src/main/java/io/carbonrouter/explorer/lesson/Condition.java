package io.carbonrouter.explorer.lesson;

import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A test on the scenario or the run, written {@code <subject> <op> <value>}, such as
 * {@code scenario.intensity[36] > 400}, {@code run.minBalance <= -0.9} or {@code scenario.policy ==
 * forecast-aware}. Numbers compare with {@code < <= > >= == !=}; text and true/false with {@code == !=}.
 * Nothing is evaluated but these lookups and one comparison, so a lesson file cannot run code.
 */
public final class Condition {

    private static final Pattern FORM = Pattern.compile("\\s*(\\S+?)\\s*(<=|>=|==|!=|<|>)\\s*(.+?)\\s*");
    /** Slack for == and != on numbers typed into a field (0.1 + 0.2). */
    private static final double EPSILON = 1e-9;

    private final String text;
    private final Function<Facts, Object> subject;
    private final String op;
    private final Object value;

    private Condition(String text, Function<Facts, Object> subject, String op, Object value) {
        this.text = text;
        this.subject = subject;
        this.op = op;
        this.value = value;
    }

    /**
     * Parses a condition.
     *
     * @throws IllegalArgumentException with a message naming what is wrong and what would be right
     */
    public static Condition parse(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("must read <subject> <op> <value>, such as"
                    + " \"run.minBalance <= -0.9\"; got \"" + text + "\"");
        }
        String name = m.group(1);
        String op = m.group(2);
        String literal = unquote(m.group(3));
        Kind kind;
        Function<Facts, Object> subject;
        if (name.startsWith("run.")) {
            RunMetric metric = RunMetric.byKey(name.substring(4)).orElseThrow(() -> new IllegalArgumentException(
                    "unknown run metric '" + name + "'; known: " + RunMetric.names()));
            kind = Kind.NUMBER;
            subject = f -> metric.of(f.run());
        } else if (name.startsWith("scenario.")) {
            ScenarioField field = ScenarioField.named(name.substring(9)).orElseThrow(() ->
                    new IllegalArgumentException("unknown scenario field '" + name + "'; known: scenario. + "
                            + ScenarioField.FORMS));
            kind = field.kind();
            subject = f -> field.get().apply(f.scenario());
        } else {
            throw new IllegalArgumentException("'" + name + "' must start with run. (a metric of the run) or"
                    + " scenario. (a field of the scenario)");
        }
        if (kind != Kind.NUMBER && !op.equals("==") && !op.equals("!=")) {
            throw new IllegalArgumentException(name + " is " + kind.describe() + ": compare it with == or !=,"
                    + " not " + op);
        }
        Object value = kind.parse(literal);
        if (value == null) {
            throw new IllegalArgumentException(name + " is " + kind.describe() + ", so \"" + literal
                    + "\" cannot be compared with it");
        }
        return new Condition(text.strip(), subject, op, value);
    }

    /** Whether the condition holds; a missing value (a point past a curve's end) never does. */
    public boolean holds(Facts facts) {
        Object actual = subject.apply(facts);
        if (actual == null) {
            return false;
        }
        if (actual instanceof Double a) {
            return compare(a, (Double) value);
        }
        boolean equal = Objects.equals(actual, value);
        return op.equals("==") == equal;
    }

    private boolean compare(double a, double b) {
        if (Double.isNaN(a)) {
            return false;
        }
        switch (op) {
            case "<":
                return a < b;
            case "<=":
                return a <= b;
            case ">":
                return a > b;
            case ">=":
                return a >= b;
            case "==":
                return Math.abs(a - b) <= EPSILON * Math.max(1.0, Math.abs(b));
            default:
                return Math.abs(a - b) > EPSILON * Math.max(1.0, Math.abs(b));
        }
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }

    /** The condition as written, for the step's "done when" line. */
    @Override
    public String toString() {
        return text;
    }
}
