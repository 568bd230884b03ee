package io.carbonrouter.explorer.io.forecast;

import io.carbonrouter.explorer.io.FieldReader;
import io.carbonrouter.explorer.io.LocatedTree.Kind;
import io.carbonrouter.explorer.io.LocatedTree.Node;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reads forecast values and times from JSON entries, collecting problems with path, line and column. */
final class JsonValues {

    private static final String UTC_WARNING = "times without a UTC offset were read as UTC";

    private final FieldReader in = new FieldReader();
    private boolean utcAssumed;

    FieldReader reader() {
        return in;
    }

    List<String> warnings() {
        if (utcAssumed && !in.warnings().contains(UTC_WARNING)) {
            in.warnings().add(UTC_WARNING);
        }
        return in.warnings();
    }

    /** The entries of a required list field. */
    List<Node> list(Node object, String field, String path) {
        Node n = object.get(field);
        if (n == null) {
            in.problem(path, object, "is missing");
            return List.of();
        }
        return in.isArray(n, path) ? n.items() : List.of();
    }

    /** A value >= 0; NaN when absent or null (a gap), or broken (with a problem). */
    double value(Node n, String path) {
        if (n == null || n.kind() == Kind.NULL) {
            return Double.NaN;
        }
        double v = in.number(n, path, Double.NaN);
        if (v < 0) {
            in.problem(path, n, "must be >= 0, got " + n.text());
            return Double.NaN;
        }
        return v;
    }

    /** A required ISO-8601 time; empty (with a problem) when absent or unreadable. */
    Optional<Instant> time(Node object, String field, String path) {
        Node n = object.get(field);
        if (n == null || n.kind() != Kind.STRING) {
            in.problem(path, n == null ? object : n, n == null ? "is missing" : "must be an ISO-8601 time such as"
                    + " 2024-01-20T12:00Z, got " + n.text());
            return Optional.empty();
        }
        Optional<Timestamps.Parsed> t = Timestamps.parse(n.text());
        if (t.isEmpty()) {
            in.problem(path, n, "\"" + n.text() + "\" is not an ISO-8601 time such as 2024-01-20T12:00Z");
            return Optional.empty();
        }
        utcAssumed |= t.get().utcAssumed();
        return Optional.of(t.get().instant());
    }
}
