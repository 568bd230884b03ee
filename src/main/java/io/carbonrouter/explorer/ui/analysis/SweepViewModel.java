package io.carbonrouter.explorer.ui.analysis;

import io.carbonrouter.explorer.simulation.Problem;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.ScenarioValidator;
import io.carbonrouter.explorer.simulation.Simulator;
import io.carbonrouter.explorer.simulation.compare.Sweep;
import io.carbonrouter.explorer.simulation.compare.SweepParameter;
import io.carbonrouter.explorer.simulation.compare.SweepPlan;
import io.carbonrouter.explorer.simulation.compare.SweepRange;
import io.carbonrouter.explorer.simulation.compare.SweepResult;
import io.carbonrouter.explorer.simulation.compare.SweepRow;
import io.carbonrouter.explorer.simulation.compare.SweepSpec;
import io.carbonrouter.explorer.simulation.compare.SweepSpecException;
import io.carbonrouter.explorer.simulation.compare.Workers;
import io.carbonrouter.explorer.ui.chart.ScatterData;
import io.carbonrouter.explorer.ui.chart.ScatterPlot;
import io.carbonrouter.explorer.ui.chart.ScatterPoint;
import io.carbonrouter.explorer.ui.chart.ScatterSeries;
import io.carbonrouter.explorer.ui.common.Formats;
import io.carbonrouter.explorer.ui.common.StrategyColors;
import io.carbonrouter.explorer.ui.model.ScenarioModel;
import io.carbonrouter.explorer.ui.run.BatchJob;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.LongSupplier;

/**
 * The sweep dialog: one or two settings over ranges, checked as typed; every grid point run with every strategy
 * (or one) in the background; the rows as a table and as savings against mean precision; and a chosen point
 * loaded into the main scenario as one undoable edit.
 */
public final class SweepViewModel {

    /** The strategy choice that runs them all. */
    public static final String ALL = "all strategies";

    /** A finished sweep, its points grouped as the plot draws them: one series per strategy. */
    public record Result(SweepSpec spec, SweepResult sweep, List<List<SweepRow>> bySeries, ScatterData scatter,
                         long nanos) {
    }

    private final ScenarioModel model;
    private final Sweep sweep;
    private final BatchJob job;
    private final LongSupplier clock;
    private final StrategyColors colors;
    private final List<String> policies;
    private final SweepRangeModel first = new SweepRangeModel(SweepParameter.TARGET_ERROR, true);
    private final SweepRangeModel second = new SweepRangeModel(SweepParameter.CREDIT_MAX, false);
    private final ObjectProperty<String> policy = new SimpleObjectProperty<>(ALL);
    private final ReadOnlyObjectWrapper<Optional<SweepSpec>> spec = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper size = new ReadOnlyStringWrapper("");
    private final BooleanBinding canRun;
    private final ReadOnlyObjectWrapper<Result> result = new ReadOnlyObjectWrapper<>();
    private final ObservableList<SweepRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> skipped = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public SweepViewModel(ScenarioModel model, Simulator simulator, BatchJob job, Workers cores, LongSupplier clock) {
        this.model = model;
        this.sweep = new Sweep(simulator, cores);
        this.job = job;
        job.setUserCancel(this::cancel);
        this.clock = clock;
        this.policies = simulator.registry().names();
        this.colors = new StrategyColors(policies);
        for (Observable o : List.of(first.rangeProperty(), second.rangeProperty(), second.enabledProperty(),
                policy)) {
            o.addListener(x -> check());
        }
        check();
        canRun = Bindings.createBooleanBinding(() -> spec.get().isPresent() && !job.runningProperty().get(),
                spec, job.runningProperty());
    }

    private void check() {
        List<SweepRange> ranges = new ArrayList<>();
        for (SweepRangeModel row : List.of(first, second)) {
            if (row.enabledProperty().get()) {
                if (row.rangeProperty().get().isEmpty()) {
                    show(Optional.empty(), "");
                    return;
                }
                ranges.add(row.rangeProperty().get().get());
            }
        }
        try {
            show(Optional.of(new SweepSpec(ranges)), "");
        } catch (SweepSpecException e) {
            show(Optional.empty(), e.getMessage());
        }
    }

    private void show(Optional<SweepSpec> s, String why) {
        spec.set(s);
        problem.set(why);
        size.set(s.map(this::describe).orElse(""));
    }

    private String describe(SweepSpec s) {
        int strategies = chosenPolicies().isEmpty() ? policies.size() : 1;
        return String.format(Locale.ROOT, "%,d point%s × %d strateg%s = %,d runs", s.points(),
                s.points() == 1 ? "" : "s", strategies, strategies == 1 ? "y" : "ies", (long) s.points() * strategies);
    }

    private List<String> chosenPolicies() {
        return ALL.equals(policy.get()) || policy.get() == null ? List.of() : List.of(policy.get());
    }

    /** Runs the sweep on the current scenario, replacing one on its way. Nothing runs while the spec is wrong. */
    public void run() {
        if (spec.get().isEmpty()) {
            return;
        }
        SweepSpec s = spec.get().get();
        Scenario base = model.scenario();
        List<Problem> problems = ScenarioValidator.validate(base);
        if (!problems.isEmpty()) {
            message.set("The scenario cannot run, so nothing was swept: " + problems.get(0));
            return;
        }
        List<String> chosen = chosenPolicies();
        message.set("Sweeping " + size.get() + "…");
        job.start((cancelled, progress) -> {
            long t0 = clock.getAsLong();
            SweepPlan plan = s.plan(base);
            List<String> names = sweep.policies(chosen);
            SweepResult r = sweep.run(plan, names, cancelled, progress);
            List<List<SweepRow>> bySeries = group(r, names);
            return new Result(s, r, bySeries, scatter(s, r, names, bySeries, base), clock.getAsLong() - t0);
        }, this::show, e -> message.set(e.getMessage()));
    }

    public void cancel() {
        if (job.runningProperty().get()) {
            job.cancel();
            message.set("Cancelled; " + (result.get() == null ? "nothing was swept." : "the last sweep stays."));
        }
    }

    private void show(Result r) {
        result.set(r);
        rows.setAll(r.sweep().rows());
        skipped.setAll(r.sweep().skipped().stream().map(k -> k.label() + ": " + k.reason()).toList());
        int skips = r.sweep().skipped().size();
        message.set(String.format(Locale.ROOT, "%,d runs in %s%s. Click a point to load it.",
                r.sweep().rows().size(), Formats.duration(r.nanos()),
                skips == 0 ? "" : "; " + skips + " grid point" + (skips == 1 ? "" : "s") + " skipped as invalid"));
    }

    private static List<List<SweepRow>> group(SweepResult r, List<String> names) {
        List<List<SweepRow>> out = new ArrayList<>();
        names.forEach(n -> out.add(new ArrayList<>()));
        for (SweepRow row : r.rows()) {
            out.get(names.indexOf(row.policy())).add(row);
        }
        return out.stream().map(List::copyOf).toList();
    }

    private ScatterData scatter(SweepSpec s, SweepResult r, List<String> names, List<List<SweepRow>> bySeries,
                                Scenario base) {
        List<ScatterSeries> series = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            List<ScatterPoint> points = bySeries.get(i).stream()
                    .map(row -> ResultCharts.point(row.metrics(), s.label(row.point().values()))).toList();
            series.add(new ScatterSeries(names.get(i), colors.of(names.get(i)), ScatterSeries.Shape.DOT, points));
        }
        // A swept targetError moves the target from point to point: then there is no one target to mark.
        boolean fixedTarget = !r.parameters().contains(SweepParameter.TARGET_ERROR);
        double target = 100 * base.config().targetPrecision();
        return new ScatterData(ResultCharts.X_NAME, ResultCharts.Y_NAME, "%", series,
                ResultCharts.frontier(r.frontier()), ResultCharts.FRONTIER,
                fixedTarget ? OptionalDouble.of(target) : OptionalDouble.empty(),
                fixedTarget ? "target " + Formats.number(target, 1) + " %" : "", false,
                best(s, names, bySeries));
    }

    /**
     * The point to write on the plot, of the runs that save anything (p100, which always keeps the target,
     * saves nothing): of those that keep their mean precision at or above their own target, the one that saves
     * the most; when none keeps it, the one that comes closest (the highest precision). The first of equals;
     * none when no run saves.
     */
    static Optional<ScatterData.Callout> best(SweepSpec s, List<String> names, List<List<SweepRow>> bySeries) {
        boolean anyKeeps = bySeries.stream().flatMap(List::stream)
                .anyMatch(row -> saves(row) && keepsTarget(row));
        int bestSeries = -1;
        int bestIndex = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < bySeries.size(); i++) {
            List<SweepRow> rows = bySeries.get(i);
            for (int k = 0; k < rows.size(); k++) {
                SweepRow row = rows.get(k);
                double score = anyKeeps ? row.metrics().metrics().savings() : row.metrics().metrics().meanPrecision();
                if (saves(row) && (!anyKeeps || keepsTarget(row)) && score > bestScore) {
                    bestSeries = i;
                    bestIndex = k;
                    bestScore = score;
                }
            }
        }
        if (bestSeries < 0) {
            return Optional.empty();
        }
        SweepRow row = bySeries.get(bestSeries).get(bestIndex);
        String text = String.format(Locale.ROOT, "%s: %s, %s\nsaves %s %% at %s %% precision",
                anyKeeps ? "best" : "closest to the target", names.get(bestSeries), s.label(row.point().values()),
                Formats.number(100 * row.metrics().metrics().savings(), 1),
                Formats.number(100 * row.metrics().metrics().meanPrecision(), 1));
        return Optional.of(new ScatterData.Callout(bestSeries, bestIndex, text));
    }

    private static boolean saves(SweepRow row) {
        return row.metrics().metrics().savings() > 0;
    }

    private static boolean keepsTarget(SweepRow row) {
        return row.metrics().metrics().meanPrecision() >= row.point().scenario().config().targetPrecision() - 1e-12;
    }

    /** The row a plot point stands for. */
    public SweepRow rowAt(ScatterPlot.Hit point) {
        return result.get().bySeries().get(point.series()).get(point.index());
    }

    /** The plot point of a row; empty when the row is not on screen. */
    public Optional<ScatterPlot.Hit> pointOf(SweepRow row) {
        Result r = result.get();
        if (r == null) {
            return Optional.empty();
        }
        for (int s = 0; s < r.bySeries().size(); s++) {
            int i = r.bySeries().get(s).indexOf(row);
            if (i >= 0) {
                return Optional.of(new ScatterPlot.Hit(s, i));
            }
        }
        return Optional.empty();
    }

    /**
     * Puts the row's parameter values and strategy into the main scenario as one undoable edit. The values go
     * onto the scenario as it is now, so edits made since the sweep to other settings stay.
     */
    public void load(SweepRow row) {
        Result r = result.get();
        List<SweepParameter> parameters = r.sweep().parameters();
        Scenario current = model.scenario();
        Scenario point = current;
        for (int i = 0; i < parameters.size(); i++) {
            point = parameters.get(i).apply(point, row.point().values().get(i));
        }
        String label = r.spec().label(row.point().values()) + ", " + row.policy();
        if (point.config().equals(current.config()) && point.forecastError().equals(current.forecastError())
                && row.policy().equals(current.policy())) {
            message.set("The main window already runs " + label + ".");
            return;
        }
        Scenario next = point.withPolicy(row.policy());
        List<Problem> problems = ScenarioValidator.validate(next);
        if (!problems.isEmpty()) {
            message.set("Not loaded: " + label + " does not fit the scenario as it is now (" + problems.get(0) + ")");
            return;
        }
        model.edit("sweep point " + label, s -> next);
        message.set("Loaded " + label + " into the main window; undo there goes back.");
    }

    public SweepRangeModel first() {
        return first;
    }

    /** The optional second parameter; off at first. */
    public SweepRangeModel second() {
        return second;
    }

    /** {@link #ALL} and every registered strategy. */
    public List<String> policyChoices() {
        List<String> out = new ArrayList<>();
        out.add(ALL);
        out.addAll(policies);
        return out;
    }

    public ObjectProperty<String> policyProperty() {
        return policy;
    }

    /** The checked grid; empty while a row or the grid as a whole is wrong. */
    public ReadOnlyObjectProperty<Optional<SweepSpec>> specProperty() {
        return spec.getReadOnlyProperty();
    }

    /** What is wrong with the grid as a whole (a parameter twice, too many points); rows say their own. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** "6 points × 7 strategies = 42 runs"; empty while the spec is wrong. */
    public ReadOnlyStringProperty sizeProperty() {
        return size.getReadOnlyProperty();
    }

    public BooleanBinding canRunProperty() {
        return canRun;
    }

    public ReadOnlyObjectProperty<Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ObservableList<SweepRow> rows() {
        return rows;
    }

    /** The grid points left out as invalid: each one's values and why. */
    public ObservableList<String> skipped() {
        return skipped;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public StrategyColors colors() {
        return colors;
    }

    public BatchJob job() {
        return job;
    }
}
