package io.carbonrouter.explorer.ui;

import io.carbonrouter.explorer.simulation.Problem;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.ScenarioValidator;
import io.carbonrouter.explorer.simulation.explain.StepExplainer;
import io.carbonrouter.explorer.ui.analysis.CompareViewModel;
import io.carbonrouter.explorer.ui.analysis.SweepViewModel;
import io.carbonrouter.explorer.ui.app.AppServices;
import io.carbonrouter.explorer.ui.curves.CurvesViewModel;
import io.carbonrouter.explorer.ui.document.Autosave;
import io.carbonrouter.explorer.ui.document.DocumentViewModel;
import io.carbonrouter.explorer.ui.document.ImportViewModel;
import io.carbonrouter.explorer.ui.export.ResultsExportViewModel;
import io.carbonrouter.explorer.ui.flavours.FlavoursViewModel;
import io.carbonrouter.explorer.ui.inspector.ExplainViewModel;
import io.carbonrouter.explorer.ui.inspector.InspectorViewModel;
import io.carbonrouter.explorer.ui.lessons.LessonViewModel;
import io.carbonrouter.explorer.ui.model.ScenarioModel;
import io.carbonrouter.explorer.ui.model.Timeline;
import io.carbonrouter.explorer.ui.results.BaselineViewModel;
import io.carbonrouter.explorer.ui.results.ChartsViewModel;
import io.carbonrouter.explorer.ui.results.MeasuredViewModel;
import io.carbonrouter.explorer.ui.results.GifRecordingViewModel;
import io.carbonrouter.explorer.ui.run.BatchJob;
import io.carbonrouter.explorer.ui.run.ChartSetBuilder;
import io.carbonrouter.explorer.ui.run.Playback;
import io.carbonrouter.explorer.ui.run.RunOutcome;
import io.carbonrouter.explorer.ui.run.RunService;
import io.carbonrouter.explorer.ui.service.RecoveryFile;
import io.carbonrouter.explorer.ui.service.TaskExecutor;
import io.carbonrouter.explorer.ui.settings.SettingsViewModel;
import io.carbonrouter.explorer.ui.status.StatusViewModel;
import io.carbonrouter.explorer.ui.toolbar.ToolbarViewModel;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The whole window's state: the scenario model, the runs, playback and the shared timeline, and one view
 * model per part. Every valid edit runs: from the current step on while playing, the whole timeline
 * otherwise. An invalid scenario raises the banner and the last valid run stays on screen.
 */
public final class MainViewModel {

    private final ScenarioModel model;
    private final TaskExecutor tasks;
    private final RunService runs;
    private final Timeline timeline;
    private final Playback playback;
    private final StatusViewModel status;
    private final DocumentViewModel document;
    private final ToolbarViewModel toolbar;
    private final FlavoursViewModel flavours;
    private final SettingsViewModel settings;
    private final CurvesViewModel curves;
    private final ChartsViewModel charts;
    private final InspectorViewModel inspector;
    private final CompareViewModel compare;
    private final SweepViewModel sweep;
    private final BaselineViewModel baseline;
    private final MeasuredViewModel measured;
    private final ExplainViewModel explain;
    private final BooleanProperty presentation = new SimpleBooleanProperty(false);
    private final BooleanProperty curvesShown = new SimpleBooleanProperty(true);
    private final ImportViewModel imports;
    private final ResultsExportViewModel results;
    private final Autosave autosave;
    private final LessonViewModel lessons;
    private final GifRecordingViewModel recording;
    private final ReadOnlyObjectWrapper<List<Problem>> problems = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper("");

    public MainViewModel(AppServices services, Scenario initial, Optional<Path> file) {
        model = new ScenarioModel(initial);
        model.load(initial, file);
        tasks = new TaskExecutor(services.fx());
        runs = new RunService(services.simulator(), services.worker(), tasks, ChartSetBuilder::build,
                services.clock());
        timeline = new Timeline(model);
        playback = new Playback(runs, services.ticker(), this::runnable, timeline);
        status = new StatusViewModel(runs, playback.playingProperty(), tasks.running());
        document = new DocumentViewModel(model, services, status);
        toolbar = new ToolbarViewModel(model, services.simulator().registry(), playback);
        flavours = new FlavoursViewModel(model, status::error);
        settings = new SettingsViewModel(model, status::error);
        curves = new CurvesViewModel(model, timeline::cursorSlot);
        charts = new ChartsViewModel(runs);
        inspector = new InspectorViewModel(runs, timeline.cursorProperty(), playback.playingProperty(),
                services.clock());
        compare = new CompareViewModel(model, services.simulator(),
                new BatchJob(tasks.latest("Comparing the strategies", services.batch())),
                services.cores(), services.clock());
        sweep = new SweepViewModel(model, services.simulator(),
                new BatchJob(tasks.latest("Sweeping the parameters", services.batch())),
                services.cores(), services.clock());
        baseline = new BaselineViewModel(runs, charts.pinnedProperty(),
                new BatchJob(tasks.latestWhenSlow("Setting the run against the pinned one", services.batch())));
        measured = new MeasuredViewModel(runs, services.simulator(), charts.measuredProperty(),
                new BatchJob(tasks.latestWhenSlow("Setting the measured run against this one", services.batch())),
                services.files(), status, document::directory);
        explain = new ExplainViewModel(runs, timeline.cursorProperty(), StepExplainer.builtIns(),
                playback.playingProperty(), services.clock());
        imports = new ImportViewModel(model, services.files(), services.dialogs(), status, document::directory);
        results = new ResultsExportViewModel(runs, model, services.files(), services.dialogs(), services.batch(),
                tasks, status, document::directory);
        autosave = new Autosave(model, RecoveryFile.beside(services.settings()), services.later(), tasks,
                status);
        lessons = new LessonViewModel(model, runs.outcomeProperty(), services.settings(), services.files(),
                services.dialogs(), document::directory, document::confirmDiscard);
        recording = new GifRecordingViewModel(runs.outcomeProperty(), timeline,
                new BatchJob(tasks.latest("Recording the GIF", services.batch()), "frames", System::nanoTime),
                services.files(), status, document::directory);
        runs.outcomeProperty().addListener((obs, old, o) -> {
            if (o != null) {
                timeline.show(o.run());
            } else {
                timeline.clear();
            }
            if (o != null && !o.live()) {
                timeline.settle(o.run().steps());
            }
        });
        runs.failureProperty().addListener((obs, old, failure) -> banner.set(bannerText(problems.get(), failure)));
        model.loadsProperty().addListener((obs, old, n) -> replaced());
        model.scenarioProperty().addListener((obs, old, s) -> changed(s));
        changed(model.scenario());
    }

    /**
     * Another scenario was opened: the old run leaves the screen until the new one arrives, and a pinned run
     * is dropped, since setting it against an unrelated scenario would compare nothing.
     */
    private void replaced() {
        playback.pause();
        runs.clear();
        charts.pinnedProperty().set(false);
    }

    private void changed(Scenario s) {
        List<Problem> found = ScenarioValidator.validate(s);
        problems.set(found);
        banner.set(bannerText(found, runs.failureProperty().get()));
        if (!found.isEmpty()) {
            playback.pause();
            runs.cancel();
        } else if (playback.isReplaying()) {
            runs.branchLive(runs.outcomeProperty().get().scenario(), s, timeline.cursor() + 1);
        } else if (playback.isPlaying()) {
            runs.applyLive(s);
        } else {
            runs.runFull(s);
        }
    }

    /**
     * The banner over the charts: the scenario's problems, or why a valid scenario's run failed; either way the
     * charts still show an earlier run, which the banner must say so that stale charts are never taken as current.
     */
    private static String bannerText(List<Problem> found, String failure) {
        if (found.isEmpty()) {
            return failure.isEmpty() ? "" : "The run failed; the charts show the last run that finished.\n" + failure;
        }
        String shown = found.stream().limit(3).map(Problem::toString).collect(Collectors.joining("\n"));
        String more = found.size() > 3 ? "\n… and " + (found.size() - 3) + " more" : "";
        return "The scenario cannot run; the charts show the last valid run.\n" + shown + more;
    }

    /** The current scenario when it can run. */
    private Optional<Scenario> runnable() {
        return problems.get().isEmpty() ? Optional.of(model.scenario()) : Optional.empty();
    }

    /** Right arrow and the step button: one step on (computing it in a live session). */
    public void stepForward() {
        RunOutcome o = runs.outcomeProperty().get();
        playback.stepForward(o == null ? 0 : o.run().steps());
    }

    public void stepBack() {
        playback.stepBack();
    }

    /** Shift+arrows: by forecast slot, which in the deployed loop holds many ticks. */
    public void stepSlot(boolean forward) {
        RunOutcome o = runs.outcomeProperty().get();
        if (o != null) {
            playback.stepSlot(o.run(), forward);
        }
    }

    public ScenarioModel model() {
        return model;
    }

    public RunService runs() {
        return runs;
    }

    public Playback playback() {
        return playback;
    }

    /** The cursor, zoom window and time labels shared by every chart, the curve editor and the inspector. */
    public Timeline timeline() {
        return timeline;
    }

    public ReadOnlyObjectProperty<List<Problem>> problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    /** What the red banner says; empty when the scenario can run. */
    public ReadOnlyStringProperty bannerProperty() {
        return banner.getReadOnlyProperty();
    }

    public StatusViewModel status() {
        return status;
    }

    public DocumentViewModel document() {
        return document;
    }

    public ToolbarViewModel toolbar() {
        return toolbar;
    }

    public FlavoursViewModel flavours() {
        return flavours;
    }

    public SettingsViewModel settings() {
        return settings;
    }

    public CurvesViewModel curves() {
        return curves;
    }

    public ChartsViewModel charts() {
        return charts;
    }

    public InspectorViewModel inspector() {
        return inspector;
    }

    public CompareViewModel compare() {
        return compare;
    }

    public SweepViewModel sweep() {
        return sweep;
    }

    public BaselineViewModel baseline() {
        return baseline;
    }

    public ExplainViewModel explain() {
        return explain;
    }

    /** Presentation mode: larger text, the editors out of the way, for a projector. */
    /** Whether the curve editor shows above the charts; presentation mode folds it away to give them room. */
    public BooleanProperty curvesShownProperty() {
        return curvesShown;
    }

    public BooleanProperty presentationProperty() {
        return presentation;
    }

    /** The measured run over the charts, and its figures against the run on screen. */
    public MeasuredViewModel measured() {
        return measured;
    }

    public ImportViewModel imports() {
        return imports;
    }

    public ResultsExportViewModel results() {
        return results;
    }

    public Autosave autosave() {
        return autosave;
    }

    public LessonViewModel lessons() {
        return lessons;
    }

    /** Playback recorded as an animated GIF. */
    public GifRecordingViewModel recording() {
        return recording;
    }
}
