package io.carbonrouter.explorer.ui.analysis;

import io.carbonrouter.explorer.simulation.EmissionsUnit;
import io.carbonrouter.explorer.simulation.Problem;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.ScenarioValidator;
import io.carbonrouter.explorer.simulation.Simulator;
import io.carbonrouter.explorer.simulation.compare.BudgetComparison;
import io.carbonrouter.explorer.simulation.compare.BudgetOptimum;
import io.carbonrouter.explorer.simulation.compare.BudgetRow;
import io.carbonrouter.explorer.simulation.compare.Comparison;
import io.carbonrouter.explorer.simulation.compare.DrawRow;
import io.carbonrouter.explorer.simulation.compare.DrawsResult;
import io.carbonrouter.explorer.simulation.compare.ForecastDraws;
import io.carbonrouter.explorer.simulation.compare.Metric;
import io.carbonrouter.explorer.simulation.compare.MetricRow;
import io.carbonrouter.explorer.simulation.compare.Optimum;
import io.carbonrouter.explorer.simulation.compare.Percent;
import io.carbonrouter.explorer.simulation.compare.StrategyComparison;
import io.carbonrouter.explorer.simulation.compare.Workers;
import io.carbonrouter.explorer.ui.chart.ChartData;
import io.carbonrouter.explorer.ui.chart.ScatterData;
import io.carbonrouter.explorer.ui.common.Formats;
import io.carbonrouter.explorer.ui.common.StrategyColors;
import io.carbonrouter.explorer.ui.form.FieldModel;
import io.carbonrouter.explorer.ui.form.Parsers;
import io.carbonrouter.explorer.ui.model.ScenarioModel;
import io.carbonrouter.explorer.ui.model.Timeline;
import io.carbonrouter.explorer.ui.run.BatchJob;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Compare: every registered strategy on the current scenario, in the background, set against the offline
 * optimum: one metric row each, their emissions and precision over time, and savings against precision beside
 * the optimum's frontier. Choosing a row runs that strategy in the main window.
 */
public final class CompareViewModel {

    /** A finished comparison with its charts, built off the FX thread, and the forecast draws when asked for. */
    public record Result(Scenario scenario, Comparison comparison, ChartData emissions, ChartData precision,
                         ScatterData scatter, Optional<DrawsResult> draws, long nanos) {
    }

    private final ScenarioModel model;
    private final StrategyComparison strategies;
    private final ForecastDraws forecastDraws;
    private final FieldModel<Double> draws;
    private final ObservableList<DrawRow> drawRows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper drawsNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notebookNote = new ReadOnlyStringWrapper("");
    private final ObservableList<BudgetRow> budgetRows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper budgetNote = new ReadOnlyStringWrapper("");
    private final BatchJob job;
    private final LongSupplier clock;
    private final StrategyColors colors;
    private final ObservableList<MetricRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Result> result = new ReadOnlyObjectWrapper<>();
    /** The axis the comparison's charts share, labelled by the compared scenario's ticks. */
    private final Timeline timeline = new Timeline(result.map(Result::scenario));
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("Every strategy on this scenario");
    private final ReadOnlyStringWrapper optimum = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper optimumReachable = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper currentPolicy = new ReadOnlyStringWrapper("");

    public CompareViewModel(ScenarioModel model, Simulator simulator, BatchJob job, Workers cores,
                            LongSupplier clock) {
        this.model = model;
        this.strategies = new StrategyComparison(simulator, cores);
        this.forecastDraws = new ForecastDraws(simulator, cores);
        this.draws = new FieldModel<>(Parsers.number(1, ForecastDraws.MAX_DRAWS, true), Formats::exact, n -> {
            drawsField().show(n);
            run();
        });
        draws.show(1.0);
        this.job = job;
        job.setUserCancel(this::cancel);
        this.clock = clock;
        this.colors = new StrategyColors(simulator.registry().names());
        model.scenarioProperty().addListener((obs, old, s) -> scenarioChanged(s));
        scenarioChanged(model.scenario());
    }

    private void scenarioChanged(Scenario s) {
        currentPolicy.set(s.policy());
        Result r = result.get();
        stale.set(r != null && !sameInputs(r.scenario(), s));
    }

    /** Whether the runs would come out the same: the name, description and policy do not matter here. */
    private static boolean sameInputs(Scenario a, Scenario b) {
        return a.withPolicy(b.policy()).toBuilder().name(b.name()).description(b.description()).build().equals(b);
    }

    /** Runs every strategy on the current scenario, replacing a comparison on its way. */
    public void run() {
        Scenario s = model.scenario();
        List<Problem> problems = ScenarioValidator.validate(s);
        if (!problems.isEmpty()) {
            job.cancel();
            message.set("The scenario cannot run, so nothing was compared: " + problems.get(0));
            return;
        }
        int n = drawCount(s);
        message.set(String.format(Locale.ROOT, "Running every strategy on %,d steps%s…", s.clock().ticks(),
                n > 1 ? String.format(Locale.ROOT, ", and on %,d forecast draws each", n) : ""));
        int drawRuns = n > 1 ? forecastDraws.runs(s, n) : 0;
        job.start((cancelled, progress) -> {
            long t0 = clock.getAsLong();
            int[] firstTotal = {0};
            Comparison c = strategies.compare(s, cancelled, (done, total) -> {
                firstTotal[0] = total;
                progress.update(done, total + drawRuns);
            });
            Optional<DrawsResult> drawn = n > 1 ? Optional.of(forecastDraws.run(s, n, cancelled,
                    (done, total) -> progress.update(firstTotal[0] + done, firstTotal[0] + total)))
                    : Optional.empty();
            return new Result(s, c, ResultCharts.emissions(s, c, colors), ResultCharts.precision(s, c, colors),
                    ResultCharts.scatter(s, c, colors), drawn, clock.getAsLong() - t0);
        }, this::show, e -> message.set("The comparison failed: " + e.getMessage()));
    }

    /** The draws to run: the field's count when the scenario has an error model to draw from, else none. */
    private int drawCount(Scenario s) {
        int n = draws.value().orElse(1.0).intValue();
        return s.forecastError().isPresent() ? n : 1;
    }

    public void cancel() {
        if (job.runningProperty().get()) {
            job.cancel();
            message.set("Cancelled; "
                    + (result.get() == null ? "nothing was compared." : "the last comparison stays."));
        }
    }

    private void show(Result r) {
        result.set(r);
        String name = r.scenario().name().isBlank() ? "this scenario" : "\u201c" + r.scenario().name() + "\u201d";
        heading.set("Every strategy on " + name);
        rows.setAll(r.comparison().rows());
        Optimum o = r.comparison().optimum();
        optimumReachable.set(o.reachable());
        optimum.set(o.reachable()
                ? "Offline optimum at the target precision of " + Percent.of(o.targetPrecision()) + ": savings "
                        + Percent.of(o.savings()) + ". Regret is how much more the optimum saves at a strategy's "
                        + "own mean precision."
                : "Offline optimum: the " + o.message() + ".");
        message.set(String.format(Locale.ROOT, "%d strategies × %,d steps%s in %s", r.comparison().rows().size(),
                r.scenario().clock().ticks(), r.draws().map(d -> String.format(Locale.ROOT,
                        ", %,d forecast draws each", d.draws())).orElse(""), Formats.duration(r.nanos())));
        drawRows.setAll(r.draws().map(DrawsResult::rows).orElse(List.of()));
        drawsNote.set(drawsNote(r));
        notebookNote.set(notebookNote(r.comparison().rows()));
        budgetRows.setAll(r.comparison().budget().map(BudgetComparison::rows).orElse(List.of()));
        budgetNote.set(r.comparison().budget().map(CompareViewModel::budgetNote).orElse(""));
        stale.set(!sameInputs(r.scenario(), model.scenario()));
    }

    /** How the notebooks' metrics were counted, and what makes a demand metric read oddly on this scenario. */
    static String notebookNote(List<MetricRow> rows) {
        StringBuilder note = new StringBuilder("As the upstream notebooks count them "
                + "(experiments/ultimate_strategy_showdown.ipynb): one sample per step, energy per request from "
                + "the scenario's notebookEnergy, else the carbon factors.");
        rows.stream().filter(row -> row.notebook().computed()).findFirst()
                .ifPresent(row -> row.notebook().demandNotes().forEach(n -> note.append(' ').append(n)));
        return note.toString();
    }

    private static String budgetNote(BudgetComparison b) {
        BudgetOptimum o = b.optimum();
        return "Budget " + b.description() + ": each strategy's most precise run within it, its targetError "
                + "searched. The offline optimum within the budget reaches a mean precision of "
                + Percent.of(o.meanPrecision()) + " (saves " + Percent.of(o.savings()) + "); ideal share is a "
                + "strategy's precision over that.";
    }

    private String drawsNote(Result r) {
        if (r.draws().isPresent()) {
            DrawsResult d = r.draws().get();
            return String.format(Locale.ROOT, "%,d forecast draws of the error model, seeds %d to %d: the mean "
                    + "and the 5th to 95th percentile band of each strategy's savings and mean precision. Perfect "
                    + "is the savings with the actual curve as the forecast; the forecast cost is perfect minus "
                    + "the mean.", d.draws(), d.firstSeed(), d.firstSeed() + d.draws() - 1);
        }
        boolean asked = draws.value().orElse(1.0) > 1;
        return asked && r.scenario().forecastError().isEmpty() ? "Draws need a forecast error model (Settings, "
                + "Forecast: error model); this scenario's forecast has no spread, so each strategy ran once." : "";
    }

    /** Runs the row's strategy in the main window (one undoable edit). */
    public void choose(MetricRow row) {
        String policy = row.policy();
        if (policy.equals(model.scenario().policy())) {
            message.set("The main window already runs " + policy + ".");
            return;
        }
        model.edit("policy " + policy, s -> s.withPolicy(policy));
        message.set("The main window now runs " + policy + ".");
    }

    /** Orders rows by a metric, smallest first; rows without a value (NaN) come after every number. */
    public static Comparator<MetricRow> comparator(Metric metric) {
        return (a, b) -> {
            double x = metric.of(a);
            double y = metric.of(b);
            if (Double.isNaN(x) || Double.isNaN(y)) {
                return Boolean.compare(Double.isNaN(x), Double.isNaN(y));
            }
            return Double.compare(x, y);
        };
    }

    public StrategyColors colors() {
        return colors;
    }

    /** One row per strategy, in registry order (the table sorts a view of them). */
    public ObservableList<MetricRow> rows() {
        return rows;
    }

    /** The comparison on screen; null before the first one finished. */
    public ReadOnlyObjectProperty<Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** "Every strategy on “name”", of the comparison on screen. */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** The optimum at the target precision, or why it is out of reach. */
    public ReadOnlyStringProperty optimumProperty() {
        return optimum.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty optimumReachableProperty() {
        return optimumReachable.getReadOnlyProperty();
    }

    /** What is going on: running, done in how long, failed, cancelled. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Whether the scenario has changed since the comparison on screen ran. */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    /** The main window's strategy, marked in the table. */
    public ReadOnlyStringProperty currentPolicyProperty() {
        return currentPolicy.getReadOnlyProperty();
    }

    public BatchJob job() {
        return job;
    }

    /** How many forecast error draws each strategy runs on ({@code compare --draws N}); 1 runs it once. */
    public FieldModel<Double> drawsField() {
        return draws;
    }

    /** One row per strategy over the forecast draws, empty when the comparison on screen ran without them. */
    public ObservableList<DrawRow> drawRows() {
        return drawRows;
    }

    /** One row per strategy under the scenario's carbon budget; empty without one. */
    public ObservableList<BudgetRow> budgetRows() {
        return budgetRows;
    }

    /** The budget and its optimum, empty without a budget. */
    public ReadOnlyStringProperty budgetNoteProperty() {
        return budgetNote.getReadOnlyProperty();
    }

    /** The unit the compared scenario's emissions read in. */
    public EmissionsUnit emissionsUnit() {
        Result r = result.get();
        return r == null ? EmissionsUnit.RELATIVE : EmissionsUnit.of(r.scenario());
    }

    /** What the draws' bands are, or why there are none although draws were asked for. */
    public ReadOnlyStringProperty drawsNoteProperty() {
        return drawsNote.getReadOnlyProperty();
    }

    /** How the notebooks' metrics were counted, and the notes on their demand masks. */
    public ReadOnlyStringProperty notebookNoteProperty() {
        return notebookNote.getReadOnlyProperty();
    }

    /** The cursor, zoom window and time labels of the comparison's charts: a timeline of their own. */
    public Timeline timeline() {
        return timeline;
    }
}
