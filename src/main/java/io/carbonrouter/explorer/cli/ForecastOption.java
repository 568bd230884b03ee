package io.carbonrouter.explorer.cli;

import io.carbonrouter.explorer.io.forecast.ForecastImporters;
import io.carbonrouter.explorer.io.forecast.ImportedForecast;
import io.carbonrouter.explorer.simulation.Scenario;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;

/** {@code --forecast FILE}: what the engine sees comes from a file, while the grid stays the scenario's curve. */
public final class ForecastOption {

    @Option(names = "--forecast", paramLabel = "FILE",
            description = "Decide on this forecast instead of the scenario's own (its forecast curve or"
                    + " forecastError model); emissions still use the scenario's intensity. Any forecast format:"
                    + " the file's forecast values, or its only curve; one value per scenario slot.")
    Path file;

    /** The scenario deciding on the file's forecast (unchanged without --forecast); warnings go to {@code err}. */
    Scenario apply(Scenario scenario, String command, PrintWriter err) {
        if (file == null) {
            return scenario;
        }
        String name = String.valueOf(file.getFileName());
        ImportedForecast forecast = ForecastImporters.read(file, ForecastImporters.Options.DEFAULTS);
        return Warnings.applied(err, command, file, forecast,
                ForecastImporters.forecastOnto(scenario, forecast, name));
    }
}
