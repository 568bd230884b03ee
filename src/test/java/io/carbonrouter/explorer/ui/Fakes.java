package io.carbonrouter.explorer.ui;

import io.carbonrouter.explorer.engine.StrategyRegistry;
import io.carbonrouter.explorer.io.ScenarioFiles;
import io.carbonrouter.explorer.io.forecast.ForecastSource;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.Simulator;
import io.carbonrouter.explorer.ui.service.AppSettings;
import io.carbonrouter.explorer.ui.service.DialogService;
import io.carbonrouter.explorer.ui.service.FileDialogs;
import io.carbonrouter.explorer.ui.service.FileKind;
import io.carbonrouter.explorer.ui.service.SampleCatalog;
import io.carbonrouter.explorer.ui.service.Scheduler;
import io.carbonrouter.explorer.ui.service.UnsavedChangesPrompt;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;

/** Services for tests: runs on the calling thread, dialogs and prompts that answer from a script. */
final class Fakes {

    static final Simulator SIMULATOR = new Simulator(StrategyRegistry.standard());

    private Fakes() {
    }

    /** The built-in sample, as the app starts on it. */
    static Scenario sample() {
        return ScenarioFiles.readResource(SampleCatalog.BUILT_IN);
    }

    /** A short scenario with defaults and the given intensity curve. */
    static Scenario small(double... intensity) {
        return Scenario.builder().name("small").intensity(intensity).build();
    }

    /** File dialogs that hand out scripted paths (empty: the user cancelled) and note what was asked. */
    static final class Dialogs implements FileDialogs {
        final Deque<Optional<Path>> opens = new ArrayDeque<>();
        final Deque<Optional<Path>> saves = new ArrayDeque<>();
        final Deque<Optional<Path>> folders = new ArrayDeque<>();
        final List<FileKind> kinds = new ArrayList<>();
        final List<String> suggested = new ArrayList<>();

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
    static final class Questions implements DialogService {
        final Deque<Boolean> recoveryAnswers = new ArrayDeque<>();
        final Deque<Optional<ForecastSource>> ukAnswers = new ArrayDeque<>();
        final Deque<Boolean> overwriteAnswers = new ArrayDeque<>();
        final List<String> offered = new ArrayList<>();
        final List<List<String>> overwriteAsked = new ArrayList<>();
        final List<List<String>> reports = new ArrayList<>();
        int ukAsked;

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
    static final class ManualScheduler implements Scheduler {
        private final List<Runnable> pending = new ArrayList<>();
        int scheduled;

        @Override
        public Job schedule(Runnable task, Duration delay) {
            scheduled++;
            pending.add(task);
            return () -> pending.remove(task);
        }

        /** Runs the jobs that are due (all of them: the test stands for the time passing). */
        void elapse() {
            List<Runnable> due = new ArrayList<>(pending);
            pending.clear();
            due.forEach(Runnable::run);
        }

        int pendingCount() {
            return pending.size();
        }
    }

    /** Answers the unsaved-changes question from a script and counts the questions. */
    static final class Prompt implements UnsavedChangesPrompt {
        final Deque<Answer> answers = new ArrayDeque<>();
        int asked;

        @Override
        public Answer ask(String scenarioName) {
            asked++;
            return answers.isEmpty() ? Answer.CANCEL : answers.pop();
        }
    }

    /** A ticker the test drives frame by frame. */
    static final class ManualTicker implements Ticker {
        private LongConsumer frame;

        @Override
        public void start(LongConsumer onFrame) {
            frame = onFrame;
        }

        @Override
        public void stop() {
            frame = null;
        }

        boolean running() {
            return frame != null;
        }

        void frame(long nanos) {
            if (frame != null) {
                frame.accept(nanos);
            }
        }
    }

    /** The services of a test: everything on the calling thread, scripted dialogs, settings under {@code home}. */
    static final class Services {
        final Dialogs dialogs = new Dialogs();
        final Prompt prompt = new Prompt();
        final ManualTicker ticker = new ManualTicker();
        final List<Scenario> exported = new ArrayList<>();
        final Questions questions = new Questions();
        final ManualScheduler later = new ManualScheduler();
        final AppSettings settings;
        final AppServices services;

        Services(Path home) {
            settings = AppSettings.load(home.resolve("settings.properties"));
            services = new AppServices(SIMULATOR, Runnable::run, Runnable::run, ticker, dialogs, prompt,
                    exported::add, settings, SampleCatalog.load(), System::nanoTime, questions, later);
        }

        AppServices withTicker(Ticker other) {
            return new AppServices(SIMULATOR, Runnable::run, Runnable::run, other, dialogs, prompt, exported::add,
                    settings, services.samples(), System::nanoTime, questions, later);
        }
    }
}
