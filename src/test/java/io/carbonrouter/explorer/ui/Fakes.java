package io.carbonrouter.explorer.ui;

import io.carbonrouter.explorer.engine.StrategyRegistry;
import io.carbonrouter.explorer.io.ScenarioFiles;
import io.carbonrouter.explorer.io.forecast.ForecastSource;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.Simulator;
import io.carbonrouter.explorer.simulation.compare.Workers;
import io.carbonrouter.explorer.ui.app.AppServices;
import io.carbonrouter.explorer.ui.run.ChartSetBuilder;
import io.carbonrouter.explorer.ui.run.RunService;
import io.carbonrouter.explorer.ui.service.AppSettings;
import io.carbonrouter.explorer.ui.service.DialogService;
import io.carbonrouter.explorer.ui.service.FileDialogs;
import io.carbonrouter.explorer.ui.service.FileKind;
import io.carbonrouter.explorer.ui.service.SampleCatalog;
import io.carbonrouter.explorer.ui.service.TaskExecutor;
import io.carbonrouter.explorer.ui.service.Scheduler;
import io.carbonrouter.explorer.ui.service.Ticker;
import io.carbonrouter.explorer.ui.service.UnsavedChangesPrompt;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.LongConsumer;

/** Services for tests: runs on the calling thread, dialogs and prompts that answer from a script. */
public final class Fakes {

    public static final Simulator SIMULATOR = new Simulator(StrategyRegistry.standard());

    private Fakes() {
    }

    /** The built-in sample, as the app starts on it. */
    /** A run service that runs and publishes on the calling thread. */
    public static RunService runService() {
        return runService(tasks());
    }

    /** A run service that runs on the calling thread and is listed by {@code tasks}. */
    public static RunService runService(TaskExecutor tasks) {
        return new RunService(SIMULATOR, Runnable::run, tasks, ChartSetBuilder::build, System::nanoTime);
    }

    /** A task executor that hands work back to the calling thread. */
    public static TaskExecutor tasks() {
        return new TaskExecutor(Runnable::run);
    }

    public static Scenario sample() {
        return ScenarioFiles.readResource(SampleCatalog.BUILT_IN);
    }

    /** A short scenario with defaults and the given intensity curve. */
    public static Scenario small(double... intensity) {
        return Scenario.builder().name("small").intensity(intensity).build();
    }

    /** An executor that holds jobs until the test lets them run. */
    public static final class Queue implements Executor {
        public final Deque<Runnable> jobs = new ArrayDeque<>();

        @Override
        public void execute(Runnable command) {
            jobs.add(command);
        }

        public void runAll() {
            while (!jobs.isEmpty()) {
                jobs.poll().run();
            }
        }
    }

    /** File dialogs that hand out scripted paths (empty: the user cancelled) and note what was asked. */
    public static final class Dialogs implements FileDialogs {
        public final Deque<Optional<Path>> opens = new ArrayDeque<>();
        public final Deque<Optional<Path>> saves = new ArrayDeque<>();
        public final Deque<Optional<Path>> folders = new ArrayDeque<>();
        public final List<FileKind> kinds = new ArrayList<>();
        public final List<String> suggested = new ArrayList<>();

        @Override
        public Optional<Path> chooseOpen(FileKind kind, Optional<Path> directory) {
            kinds.add(kind);
            return opens.isEmpty() ? Optional.empty() : opens.pop();
        }

        @Override
        public Optional<Path> chooseSave(FileKind kind, Optional<Path> directory, String suggestedName) {
            kinds.add(kind);
            suggested.add(suggestedName);
            return saves.isEmpty() ? Optional.empty() : saves.pop();
        }

        @Override
        public Optional<Path> chooseFolder(String title, Optional<Path> directory) {
            return folders.isEmpty() ? Optional.empty() : folders.pop();
        }
    }

    /** Answers the file actions' questions from a script and keeps the reports shown. */
    public static final class Questions implements DialogService {
        public final Deque<Boolean> recoveryAnswers = new ArrayDeque<>();
        public final Deque<Optional<ForecastSource>> ukAnswers = new ArrayDeque<>();
        public final Deque<Boolean> overwriteAnswers = new ArrayDeque<>();
        public final List<String> offered = new ArrayList<>();
        public final List<List<String>> overwriteAsked = new ArrayList<>();
        public final List<List<String>> reports = new ArrayList<>();
        public int ukAsked;

        @Override
        public boolean offerRecovery(String scenarioName, Instant savedAt) {
            offered.add(scenarioName);
            return !recoveryAnswers.isEmpty() && recoveryAnswers.pop();
        }

        @Override
        public Optional<ForecastSource> chooseUkSource(String fileName) {
            ukAsked++;
            return ukAnswers.isEmpty() ? Optional.empty() : ukAnswers.pop();
        }

        @Override
        public boolean confirmOverwrite(Path folder, List<String> fileNames) {
            overwriteAsked.add(fileNames);
            return !overwriteAnswers.isEmpty() && overwriteAnswers.pop();
        }

        @Override
        public void showReport(String title, String header, List<String> lines) {
            List<String> report = new ArrayList<>();
            report.add(header);
            report.addAll(lines);
            reports.add(report);
        }
    }

    /** Holds delayed jobs until the test runs them. */
    public static final class ManualScheduler implements Scheduler {
        private final List<Runnable> pending = new ArrayList<>();
        public int scheduled;

        @Override
        public Job schedule(Runnable task, Duration delay) {
            scheduled++;
            pending.add(task);
            return () -> pending.remove(task);
        }

        /** Runs the jobs that are due (all of them: the test stands for the time passing). */
        public void elapse() {
            List<Runnable> due = new ArrayList<>(pending);
            pending.clear();
            due.forEach(Runnable::run);
        }

        public int pendingCount() {
            return pending.size();
        }
    }

    /** Answers the unsaved-changes question from a script and counts the questions. */
    public static final class Prompt implements UnsavedChangesPrompt {
        public final Deque<Answer> answers = new ArrayDeque<>();
        public int asked;

        @Override
        public Answer ask(String scenarioName) {
            asked++;
            return answers.isEmpty() ? Answer.CANCEL : answers.pop();
        }
    }

    /** A ticker the test drives frame by frame. */
    public static final class ManualTicker implements Ticker {
        private LongConsumer frame;

        @Override
        public void start(LongConsumer onFrame) {
            frame = onFrame;
        }

        @Override
        public void stop() {
            frame = null;
        }

        public boolean running() {
            return frame != null;
        }

        public void frame(long nanos) {
            if (frame != null) {
                frame.accept(nanos);
            }
        }
    }

    /** The services of a test: everything on the calling thread, scripted dialogs, settings under {@code home}. */
    public static final class Services {
        public final Dialogs dialogs = new Dialogs();
        public final Prompt prompt = new Prompt();
        public final ManualTicker ticker = new ManualTicker();
        public final List<Scenario> exported = new ArrayList<>();
        public final Questions questions = new Questions();
        public final ManualScheduler later = new ManualScheduler();
        public final AppSettings settings;
        public final AppServices services;

        public Services(Path home) {
            settings = AppSettings.load(home.resolve("settings.properties"));
            services = new AppServices(SIMULATOR, Runnable::run, Runnable::run, ticker, dialogs, prompt,
                    exported::add, settings, SampleCatalog.load(), System::nanoTime, questions, later, Runnable::run,
                    Workers.callingThread());
        }

        public AppServices withTicker(Ticker other) {
            return new AppServices(SIMULATOR, Runnable::run, Runnable::run, other, dialogs, prompt, exported::add,
                    settings, services.samples(), System::nanoTime, questions, later, Runnable::run,
                    Workers.callingThread());
        }
    }
}
