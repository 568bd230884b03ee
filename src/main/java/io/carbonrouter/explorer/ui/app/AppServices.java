package io.carbonrouter.explorer.ui.app;

import io.carbonrouter.explorer.simulation.Simulator;
import io.carbonrouter.explorer.simulation.compare.Workers;
import io.carbonrouter.explorer.ui.service.AppSettings;
import io.carbonrouter.explorer.ui.service.DialogService;
import io.carbonrouter.explorer.ui.service.ExportAction;
import io.carbonrouter.explorer.ui.service.FileDialogs;
import io.carbonrouter.explorer.ui.service.SampleCatalog;
import io.carbonrouter.explorer.ui.service.Scheduler;
import io.carbonrouter.explorer.ui.service.Ticker;
import io.carbonrouter.explorer.ui.service.UnsavedChangesPrompt;

import java.util.concurrent.Executor;
import java.util.function.LongSupplier;

/**
 * What the view models need from outside, handed in so tests can replace any of it: the simulator, the
 * worker and FX executors, the playback ticker, dialogs, the export, settings and samples.
 *
 * @param worker  runs jobs one at a time, in order (the calling thread in tests)
 * @param fx      runs work on the FX thread (the calling thread in tests)
 * @param clock   nanoseconds, for run times and the slow-run threshold
 * @param dialogs the file actions' questions and reports (recovery, overwrite, import reports)
 * @param later   delayed background jobs (the autosave)
 * @param batch   runs comparisons, sweeps, baseline metrics and exports off the FX thread, several at once
 *                (the calling thread in tests)
 * @param cores   the threads one comparison or sweep spreads its runs over
 */
public record AppServices(
        Simulator simulator,
        Executor worker,
        Executor fx,
        Ticker ticker,
        FileDialogs files,
        UnsavedChangesPrompt prompt,
        ExportAction export,
        AppSettings settings,
        SampleCatalog samples,
        LongSupplier clock,
        DialogService dialogs,
        Scheduler later,
        Executor batch,
        Workers cores) {
}
