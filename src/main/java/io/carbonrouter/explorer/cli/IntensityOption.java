package io.carbonrouter.explorer.cli;

import io.carbonrouter.explorer.io.forecast.ForecastImporters;
import io.carbonrouter.explorer.io.forecast.ForecastSource;
import io.carbonrouter.explorer.io.forecast.ImportedForecast;
import io.carbonrouter.explorer.simulation.Scenario;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

import java.io.PrintWriter;
import java.nio.file.Path;

/** {@code --intensity FILE [--forecast-source forecast|actual]}: run a scenario over a forecast file's curve. */
public final class IntensityOption {

    @Option(names = "--intensity", paramLabel = "FILE",
            description = "Replace the scenario's curve (and demand, if the file has one) with a forecast file:"
                    + " pattern JSON, UK Carbon Intensity API response, CSV timestamp,intensity[,demand] or"
                    + " timestamp,actual,forecast[,demand], Electricity Maps or WattTime v3. A file with forecast"
                    + " and actual values fills both curves.")
    Path file;

    @Option(names = "--forecast-source", paramLabel = "forecast|actual", defaultValue = "actual",
            converter = SourceConverter.class,
            description = "For a UK Carbon Intensity file, which values are the actual grid: the actual ones"
                    + " (default; the engine then decides on the file's forecast) or the forecast ones (perfect"
                    + " foresight of the forecast); a slot missing one takes the other.")
    ForecastSource source;

    /** The scenario over the forecast's curve (unchanged without --intensity); warnings go to {@code err}. */
    Scenario apply(Scenario scenario, String command, PrintWriter err) {
        if (file == null) {
            return scenario;
        }
        ImportedForecast forecast = ForecastImporters.read(file, new ForecastImporters.Options(source));
        return Warnings.applied(err, command, file, forecast, ForecastImporters.applyTo(scenario, forecast));
    }

    /** Parses the option's value, so a typo is an argument error (exit 2) naming what was expected. */
    static final class SourceConverter implements ITypeConverter<ForecastSource> {
        @Override
        public ForecastSource convert(String value) {
            try {
                return ForecastSource.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
