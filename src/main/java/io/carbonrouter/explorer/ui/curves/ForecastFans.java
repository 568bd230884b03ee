package io.carbonrouter.explorer.ui.curves;

import io.carbonrouter.explorer.simulation.ForecastError;
import io.carbonrouter.explorer.simulation.ForecastView;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.ui.chart.CurveFan;

import java.util.Optional;

/** The forecast as issued at a curve point, over the horizon the engine sees, with the error model's spread. */
final class ForecastFans {

    private ForecastFans() {
    }

    /**
     * The fan issued at {@code point}: empty when the engine sees the actual curve (nothing to tell apart) or
     * the point is outside the curve. With an error model the bands centre on the actual curve plus the bias,
     * one sd wide at lead 0 and growing with lead; a forecast curve has no bands.
     */
    static Optional<CurveFan> issuedAt(Scenario s, int point) {
        double[] actual = s.intensity();
        if (!s.hasForecast() && s.forecastError().isEmpty() || point < 0 || point >= actual.length) {
            return Optional.empty();
        }
        int size = Math.min(s.horizonSlots(), actual.length - point);
        double[] line = new ForecastView(s).issuedAt(point, size);
        double[] mid = line.clone();
        double[] spread = new double[size];
        if (s.forecastError().isPresent()) {
            ForecastError e = s.forecastError().get();
            for (int k = 0; k < size; k++) {
                mid[k] = actual[point + k] + e.bias();
                spread[k] = e.sdAt(k);
            }
        }
        return Optional.of(new CurveFan(point, line, mid, spread));
    }
}
