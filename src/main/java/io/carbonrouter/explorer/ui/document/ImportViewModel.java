package io.carbonrouter.explorer.ui.document;

import io.carbonrouter.explorer.io.InputException;
import io.carbonrouter.explorer.io.ScenarioRead;
import io.carbonrouter.explorer.io.forecast.ForecastFormat;
import io.carbonrouter.explorer.io.forecast.ForecastImporters;
import io.carbonrouter.explorer.io.forecast.ForecastSource;
import io.carbonrouter.explorer.io.forecast.ImportedForecast;
import io.carbonrouter.explorer.io.schedule.ImportResult;
import io.carbonrouter.explorer.io.schedule.TrafficScheduleImporter;
import io.carbonrouter.explorer.ui.common.Messages;
import io.carbonrouter.explorer.ui.model.ScenarioModel;
import io.carbonrouter.explorer.ui.service.DialogService;
import io.carbonrouter.explorer.ui.service.FileDialogs;
import io.carbonrouter.explorer.ui.service.FileKind;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Imports into the working scenario, each one undoable edit: a TrafficSchedule's scheduler settings and
 * replica bounds, and a forecast's curves and timeline. What an import ignored or warns about is shown; a
 * file that cannot be read changes nothing and says why in one line.
 */
public final class ImportViewModel {

    private final ScenarioModel model;
    private final FileDialogs files;
    private final DialogService dialogs;
    private final Messages status;
    private final Supplier<Optional<Path>> directory;

    /**
     * @param directory where the file choosers start
     */
    public ImportViewModel(ScenarioModel model, FileDialogs files, DialogService dialogs, Messages status,
                           Supplier<Optional<Path>> directory) {
        this.model = model;
        this.files = files;
        this.dialogs = dialogs;
        this.status = status;
        this.directory = directory;
    }

    public void importSchedule() {
        files.chooseOpen(FileKind.TRAFFIC_SCHEDULE, directory.get()).ifPresent(this::importSchedule);
    }

    /** Reads {@code path} onto the current scenario; returns whether it was applied. */
    public boolean importSchedule(Path path) {
        String name = fileName(path);
        ImportResult result;
        try {
            result = TrafficScheduleImporter.read(path, model.scenario());
        } catch (InputException e) {
            status.error(e.getMessage());
            return false;
        }
        model.edit("import of " + name, s -> result.scenario());
        status.info("Imported the scheduler settings and replica bounds of " + name
                + counts(result.warnings().size(), result.ignored().size()));
        List<String> lines = new ArrayList<>();
        section(lines, "Warnings:", result.warnings());
        section(lines, "Ignored (a scenario has no use for these fields):", result.ignored());
        if (!lines.isEmpty()) {
            dialogs.showReport("Import TrafficSchedule", name + ": scheduler settings and replica bounds imported",
                    lines);
        }
        return true;
    }

    public void importForecast() {
        files.chooseOpen(FileKind.FORECAST, directory.get()).ifPresent(this::importForecast);
    }

    /**
     * Replaces the curves and timeline with the forecast in {@code path}, asking forecast or actual for a UK
     * Carbon Intensity response; returns whether it was applied.
     */
    public boolean importForecast(Path path) {
        String name = fileName(path);
        try {
            ImportedForecast forecast = ForecastImporters.read(path, ForecastImporters.Options.DEFAULTS);
            if (forecast.format() == ForecastFormat.UK_CARBON_INTENSITY) {
                Optional<ForecastSource> source = dialogs.chooseUkSource(name);
                if (source.isEmpty()) {
                    status.info("Did not import " + name);
                    return false;
                }
                if (source.get() != ForecastImporters.Options.DEFAULTS.ukSource()) {
                    forecast = ForecastImporters.read(path, new ForecastImporters.Options(source.get()));
                }
            }
            ScenarioRead applied = ForecastImporters.applyTo(model.scenario(), forecast);
            model.edit("import of " + name, s -> applied.scenario());
            List<String> warnings = new ArrayList<>(forecast.warnings());
            warnings.addAll(applied.warnings());
            status.info("Imported " + forecast.intensity().length + " slots of " + slotLength(forecast.slotMinutes())
                    + " from " + name + " (" + forecast.format().label() + ")" + counts(warnings.size(), 0));
            if (!warnings.isEmpty()) {
                dialogs.showReport("Import forecast", name + ": " + forecast.format().label() + " imported",
                        warnings);
            }
            return true;
        } catch (InputException e) {
            status.error(e.getMessage());
            return false;
        }
    }

    private static String fileName(Path path) {
        return path.getFileName() == null ? path.toString() : path.getFileName().toString();
    }

    private static String slotLength(double minutes) {
        double seconds = minutes * 60;
        return minutes == Math.rint(minutes) ? (long) minutes + " min"
                : seconds == Math.rint(seconds) ? (long) seconds + " s" : minutes + " min";
    }

    private static String counts(int warnings, int ignored) {
        List<String> parts = new ArrayList<>();
        if (warnings > 0) {
            parts.add(warnings + (warnings == 1 ? " warning" : " warnings"));
        }
        if (ignored > 0) {
            parts.add(ignored + (ignored == 1 ? " field ignored" : " fields ignored"));
        }
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    private static void section(List<String> lines, String heading, List<String> items) {
        if (!items.isEmpty()) {
            if (!lines.isEmpty()) {
                lines.add("");
            }
            lines.add(heading);
            items.forEach(i -> lines.add("  " + i));
        }
    }
}
