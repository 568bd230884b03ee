package io.carbonrouter.explorer.ui.export;

import io.carbonrouter.explorer.io.AtomicFiles;
import io.carbonrouter.explorer.io.RunWriters;
import io.carbonrouter.explorer.simulation.Run;
import io.carbonrouter.explorer.ui.common.ChartImage;
import io.carbonrouter.explorer.ui.common.FileNames;
import io.carbonrouter.explorer.ui.common.Messages;
import io.carbonrouter.explorer.ui.model.ScenarioModel;
import io.carbonrouter.explorer.ui.run.RunOutcome;
import io.carbonrouter.explorer.ui.run.RunService;
import io.carbonrouter.explorer.ui.service.DialogService;
import io.carbonrouter.explorer.ui.service.FileDialogs;
import io.carbonrouter.explorer.ui.service.FileKind;
import io.carbonrouter.explorer.ui.service.LatestTask;
import io.carbonrouter.explorer.ui.service.TaskExecutor;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javax.imageio.ImageIO;

/**
 * Export of results: the run on screen as CSV or JSON (exactly what {@code simulate} writes) and every chart
 * as PNG into one folder. Files are written atomically off the FX thread; nothing is replaced without asking
 * (the save chooser asks for single files, this asks for the charts). Each export is a task of its own in the
 * list of running tasks; cancelling the charts' stops before the next file.
 */
public final class ResultsExportViewModel {

    private final RunService runs;
    private final ScenarioModel model;
    private final FileDialogs files;
    private final DialogService dialogs;
    private final Executor writer;
    private final TaskExecutor tasks;
    private final Messages status;
    private final Supplier<Optional<Path>> directory;
    private Supplier<List<ChartImage>> charts = List::of;

    /**
     * @param writer    where files are written: not the runs' worker, so an export never waits for a simulation
     * @param directory where the choosers start
     */
    public ResultsExportViewModel(RunService runs, ScenarioModel model, FileDialogs files, DialogService dialogs,
                                  Executor writer, TaskExecutor tasks, Messages status,
                                  Supplier<Optional<Path>> directory) {
        this.runs = runs;
        this.model = model;
        this.files = files;
        this.dialogs = dialogs;
        this.writer = writer;
        this.tasks = tasks;
        this.status = status;
        this.directory = directory;
    }

    /** Where the charts' images come from: the views, which take them on the FX thread when asked. */
    public void setChartSource(Supplier<List<ChartImage>> source) {
        charts = source;
    }

    public void exportCsv() {
        exportRun(FileKind.RUN_CSV, ".csv", RunWriters::writeCsv);
    }

    /** Pretty-printed, as {@code simulate} prints it by default. */
    public void exportJson() {
        exportRun(FileKind.RUN_JSON, ".json", (run, out) -> RunWriters.writeJson(run, out, true));
    }

    @FunctionalInterface
    private interface RunFormat {
        void write(Run run, OutputStream out) throws IOException;
    }

    private void exportRun(FileKind kind, String extension, RunFormat format) {
        Optional<RunOutcome> outcome = outcome();
        if (outcome.isEmpty()) {
            return;
        }
        Run run = outcome.get().run();
        files.chooseSave(kind, directory.get(), stem() + "-run" + extension).ifPresent(path -> {
            LatestTask task = tasks.latest("Exporting the run to " + path.getFileName(), writer);
            task.submit(task.next(), () -> {
                try {
                    AtomicFiles.write(path, out -> format.write(run, out));
                } catch (IOException e) {
                    throw new UncheckedIOException(e.getMessage(), e);
                }
                return outcome.get().complete() ? run.steps() + " steps"
                        : run.steps() + " of " + outcome.get().scenario().clock().ticks() + " steps (live)";
            }, steps -> status.info("Exported the run (" + steps + ") to " + path.getFileName()),
                    e -> status.error("Could not export the run to " + path + ": " + e.getMessage()));
        });
    }

    /** Every chart and the curve editor as {@code <stem>-<chart>.png} in a folder the user picks. */
    public void exportCharts() {
        if (outcome().isEmpty()) {
            return;
        }
        Optional<Path> folder = files.chooseFolder("Save every chart as PNG", directory.get());
        if (folder.isEmpty()) {
            return;
        }
        List<ChartImage> images = charts.get();
        String stem = stem();
        List<Path> targets = images.stream().map(i -> folder.get().resolve(stem + "-" + i.name() + ".png")).toList();
        List<String> existing = targets.stream().filter(Files::exists).map(p -> p.getFileName().toString())
                .toList();
        if (!existing.isEmpty() && !dialogs.confirmOverwrite(folder.get(), existing)) {
            status.info("Charts not exported: no file replaced");
            return;
        }
        LatestTask task = tasks.latest("Exporting the charts to " + folder.get().getFileName(), writer);
        long gen = task.next();
        task.submit(gen, () -> writeCharts(task, gen, images, targets), failed -> report(failed, images, folder.get()),
                e -> status.error("Could not export the charts to " + folder.get() + ": " + e.getMessage()));
    }

    /** On the writer; returns what could not be written. Stops before the next file once cancelled. */
    private static List<String> writeCharts(LatestTask task, long gen, List<ChartImage> images, List<Path> targets) {
        List<String> failed = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            if (task.stale(gen)) {
                throw new CancellationException("cancelled after " + i + " charts");
            }
            task.progress(gen, (double) i / images.size(), i + " of " + images.size() + " charts");
            ChartImage image = images.get(i);
            try {
                AtomicFiles.write(targets.get(i), out -> {
                    if (!ImageIO.write(image.image(), "png", out)) {
                        throw new IOException("this Java has no PNG writer");
                    }
                });
            } catch (IOException | RuntimeException e) {
                failed.add(targets.get(i).getFileName() + ": " + e.getMessage());
            }
        }
        return failed;
    }

    private void report(List<String> failed, List<ChartImage> images, Path folder) {
        int written = images.size() - failed.size();
        if (failed.isEmpty()) {
            status.info("Saved " + written + " charts as PNG in " + folder);
        } else {
            status.error("Saved " + written + " of " + images.size() + " charts in " + folder + "; could not "
                    + "write " + String.join("; ", failed));
        }
    }

    /** The run on screen; empty, with a message, before the first run. */
    private Optional<RunOutcome> outcome() {
        Optional<RunOutcome> o = Optional.ofNullable(runs.outcomeProperty().get());
        if (o.isEmpty()) {
            status.error("Nothing to export yet: the scenario has not run");
        }
        return o;
    }

    private String stem() {
        return FileNames.stem(model.scenario(), model.fileProperty().get());
    }
}
