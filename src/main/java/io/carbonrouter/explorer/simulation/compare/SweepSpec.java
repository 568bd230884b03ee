package io.carbonrouter.explorer.simulation.compare;

import io.carbonrouter.explorer.simulation.Problem;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.ScenarioValidator;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a sweep varies: one or two parameter ranges, whose grid (the first range outermost) has at most
 * {@value SweepRange#MAX_POINTS} points. A bad spec fails here, before anything runs.
 */
public record SweepSpec(List<SweepRange> ranges) {

    public SweepSpec {
        ranges = List.copyOf(ranges);
        if (ranges.isEmpty()) {
            throw new SweepSpecException("give one or two parameters as NAME=FROM:TO:STEP; valid names: "
                    + SweepParameter.keys());
        }
        if (ranges.size() > 2) {
            throw new SweepSpecException("a sweep varies at most two parameters, got " + ranges.size());
        }
        Set<SweepParameter> seen = EnumSet.noneOf(SweepParameter.class);
        for (SweepRange r : ranges) {
            if (!seen.add(r.parameter())) {
                throw new SweepSpecException(r.parameter().key() + " is given twice");
            }
        }
        long points = ranges.stream().mapToLong(SweepRange::count).reduce(1, (a, b) -> a * b);
        if (points > SweepRange.MAX_POINTS) {
            throw new SweepSpecException(String.format(Locale.ROOT,
                    "the grid has %,d points, more than %,d: use larger steps or narrower ranges",
                    points, SweepRange.MAX_POINTS));
        }
    }

    /** Parses {@code NAME=FROM:TO:STEP} texts, as given on the command line. */
    public static SweepSpec parse(List<String> texts) {
        return new SweepSpec(texts.stream().map(SweepRange::parse).toList());
    }

    public List<SweepParameter> parameters() {
        return ranges.stream().map(SweepRange::parameter).toList();
    }

    /** Grid points, every combination of the ranges' values. */
    public int points() {
        return ranges.stream().mapToInt(SweepRange::count).reduce(1, (a, b) -> a * b);
    }

    /** The parameter values of grid point i, in range order (the last range varies fastest). */
    public List<Double> values(int point) {
        double[] out = new double[ranges.size()];
        int rest = point;
        for (int r = ranges.size() - 1; r >= 0; r--) {
            SweepRange range = ranges.get(r);
            out[r] = range.value(rest % range.count());
            rest /= range.count();
        }
        List<Double> list = new ArrayList<>(out.length);
        for (double v : out) {
            list.add(v);
        }
        return List.copyOf(list);
    }

    /**
     * The scenario of every grid point. A point that makes the scenario invalid (creditMin at or above
     * creditMax, a targetError outside [0, 1], ...) is skipped and listed with the reason; when every point
     * is invalid the spec is refused.
     */
    public SweepPlan plan(Scenario base) {
        StrategyComparison.requireValid(base);
        List<SweepPoint> points = new ArrayList<>();
        List<SweepPlan.Skipped> skipped = new ArrayList<>();
        for (int i = 0; i < points(); i++) {
            List<Double> values = values(i);
            Scenario s = base;
            for (int r = 0; r < ranges.size(); r++) {
                s = ranges.get(r).parameter().apply(s, values.get(r));
            }
            List<Problem> problems = ScenarioValidator.validate(s);
            if (problems.isEmpty()) {
                points.add(new SweepPoint(i, values, s));
            } else {
                skipped.add(new SweepPlan.Skipped(i, values, label(values),
                        problems.stream().map(Problem::toString).collect(Collectors.joining("; "))));
            }
        }
        if (points.isEmpty()) {
            SweepPlan.Skipped first = skipped.get(0);
            throw new SweepSpecException("every one of the " + skipped.size()
                    + " grid points makes the scenario invalid, e.g. " + first.label() + ": " + first.reason());
        }
        return new SweepPlan(this, base, points, skipped);
    }

    /** {@code creditMin=-0.5, creditMax=0.5}: a grid point as people read it. */
    public String label(List<Double> values) {
        List<String> parts = new ArrayList<>();
        for (int r = 0; r < ranges.size(); r++) {
            parts.add(ranges.get(r).parameter().key() + "=" + SweepPoint.format(values.get(r)));
        }
        return String.join(", ", parts);
    }
}
