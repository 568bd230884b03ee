package io.carbonrouter.explorer.io.schedule;

import io.carbonrouter.explorer.io.FieldReader;
import io.carbonrouter.explorer.io.LocatedTree.Kind;
import io.carbonrouter.explorer.io.LocatedTree.Node;
import io.carbonrouter.explorer.simulation.Problem;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * Typed reads of TrafficSchedule fields. The CRD types decimal knobs as strings and counts as integers;
 * a value typed the other way is still read (people write {@code targetError: 0.15}) but warned about, since
 * {@code kubectl apply} would refuse it. Remembers where each field was, so a problem the scenario validator
 * finds later (say {@code config.creditMin}) is reported at the resource's path, line and column.
 */
final class CrdFields {

    private final FieldReader in;
    private final Map<String, Node> nodes = new HashMap<>();
    private final Map<String, String> resourcePaths = new HashMap<>();

    CrdFields(FieldReader in) {
        this.in = in;
    }

    FieldReader reader() {
        return in;
    }

    /** A decimal the CRD types as a string, such as {@code "0.15"}; null when absent or broken. */
    Double decimal(Node object, String key, String path) {
        Node n = remember(object, key, path);
        if (n == null) {
            return null;
        }
        if (n.kind() == Kind.NUMBER) {
            typeWarning(n, path, "a number", "a string such as \"" + n.text() + "\"");
        } else if (n.kind() != Kind.STRING) {
            in.problem(path, n, "must be a quoted number such as \"0.15\", got " + FieldReader.describe(n));
            return null;
        }
        try {
            double v = Double.parseDouble(n.text().trim());
            if (Double.isFinite(v)) {
                return v;
            }
            in.problem(path, n, "\"" + n.text() + "\" is not a finite number");
        } catch (NumberFormatException e) {
            in.problem(path, n, "\"" + n.text() + "\" is not a number");
        }
        return null;
    }

    /** A whole number the CRD types as a 32-bit integer; null when absent or broken. */
    Integer integer(Node object, String key, String path) {
        Node n = remember(object, key, path);
        if (n == null) {
            return null;
        }
        if (n.kind() == Kind.STRING) {
            typeWarning(n, path, "a string", "an integer");
        } else if (n.kind() != Kind.NUMBER) {
            in.problem(path, n, "must be a whole number, got " + FieldReader.describe(n));
            return null;
        }
        try {
            return new BigDecimal(n.text().trim()).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            in.problem(path, n, "\"" + n.text() + "\" is not a whole number between -2147483648 and 2147483647");
            return null;
        }
    }

    /** Text the CRD types as a string; scalars of other types are taken as written, with a warning. */
    String text(Node object, String key, String path) {
        Node n = remember(object, key, path);
        if (n == null || n.kind() == Kind.NULL) {
            return null;
        }
        if (n.kind() == Kind.NUMBER || n.kind() == Kind.BOOLEAN) {
            typeWarning(n, path, "a " + (n.kind() == Kind.NUMBER ? "number" : "boolean"), "a string");
        } else if (n.kind() != Kind.STRING) {
            in.problem(path, n, "must be text, got " + FieldReader.describe(n));
            return null;
        }
        return n.text();
    }

    /** Declares that a scenario path (as the validator names it) was read from a resource path. */
    void alias(String scenarioPath, String resourcePath) {
        resourcePaths.put(scenarioPath, resourcePath);
    }

    /** Reports a validator problem at the resource path it came from, with line and column when known. */
    void report(Problem p) {
        String path = resourcePaths.getOrDefault(p.path(), p.path());
        in.problem(path, nodes.get(path), p.message());
    }

    private Node remember(Node object, String key, String path) {
        Node n = object.get(key);
        if (n != null) {
            nodes.put(path, n);
        }
        return n;
    }

    private void typeWarning(Node n, String path, String got, String wanted) {
        in.warnings().add(path + ": written as " + got + " but the CRD wants " + wanted
                + "; kubectl apply would refuse it (" + n.where() + ")");
    }
}
