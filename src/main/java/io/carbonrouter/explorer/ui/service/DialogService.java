package io.carbonrouter.explorer.ui.service;

import io.carbonrouter.explorer.io.forecast.ForecastSource;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The questions and reports of the file actions, behind an interface so tests can answer them. */
public interface DialogService {

    /**
     * After a crash: restore the autosaved edits to {@code scenarioName} (true) or discard them (false)?
     *
     * @param savedAt when they were autosaved
     */
    boolean offerRecovery(String scenarioName, Instant savedAt);

    /** A UK Carbon Intensity response holds forecast and actual values: which to import; empty to cancel. */
    Optional<ForecastSource> chooseUkSource(String fileName);

    /** Whether to replace these files in {@code folder}. */
    boolean confirmOverwrite(Path folder, List<String> fileNames);

    /** Shows what an import did: a one-line header, then the details line by line. */
    void showReport(String title, String header, List<String> lines);
}
