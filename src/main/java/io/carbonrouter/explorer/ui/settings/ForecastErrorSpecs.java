package io.carbonrouter.explorer.ui.settings;

import io.carbonrouter.explorer.simulation.ForecastError;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.ScenarioValidator;
import io.carbonrouter.explorer.ui.form.SettingSpec;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.BiFunction;
import java.util.function.ToDoubleFunction;

/** The fields of the forecast error model, as settings with the validator's ranges and help on what they model. */
final class ForecastErrorSpecs {

    private static final String WHERE = "Scenario setting (forecastError), not in the CRD";
    /** Seeds stay whole numbers a double holds exactly. */
    private static final double MAX_SEED = 1L << 53;

    private ForecastErrorSpecs() {
    }

    /** The model a scenario starts with when the user picks "error model": a national forecast's typical miss. */
    static ForecastError defaults(Scenario s) {
        return new ForecastError(0, 20, 0.02, 0.8, s.seed());
    }

    static List<SettingSpec> all() {
        double max = ScenarioValidator.MAX_ERROR;
        return List.of(
                spec("bias", "Bias", "gCO2/kWh", "Systematic error added to every forecast value: positive, the "
                        + "forecast runs high.", -max, max, false, ForecastError::bias,
                        (e, v) -> new ForecastError(v, e.sd(), e.growth(), e.correlation(), e.seed())),
                spec("sd", "Error sd", "gCO2/kWh", "Standard deviation of the forecast error for the slot being "
                        + "decided (lead 0).", 0, max, false, ForecastError::sd,
                        (e, v) -> new ForecastError(e.bias(), v, e.growth(), e.correlation(), e.seed())),
                spec("growth", "Growth", "/slot", "How much the error sd grows per slot of lead time: "
                        + "forecasts further ahead miss by more.", 0, ScenarioValidator.MAX_GROWTH, false,
                        ForecastError::growth,
                        (e, v) -> new ForecastError(e.bias(), e.sd(), v, e.correlation(), e.seed())),
                spec("correlation", "Correlation", "", "AR(1) correlation of the error from one lead to the "
                        + "next, -1 to 1: near 1, a forecast misses the same way for hours.", -1, 1, false,
                        ForecastError::correlation,
                        (e, v) -> new ForecastError(e.bias(), e.sd(), e.growth(), v, e.seed())),
                spec("errorSeed", "Error seed", "", "Seed of the error draws: the same seed gives every "
                        + "strategy the same forecasts.", -MAX_SEED, MAX_SEED, true, e -> e.seed(),
                        (e, v) -> e.withSeed(v.longValue())));
    }

    private static SettingSpec spec(String key, String label, String unit, String help, double min, double max,
                                    boolean integer, ToDoubleFunction<ForecastError> get,
                                    BiFunction<ForecastError, Double, ForecastError> set) {
        return new SettingSpec("forecastError-" + key, label, unit, help, "", WHERE, min, max, min, max, integer,
                false, s -> OptionalDouble.of(get.applyAsDouble(model(s))),
                (s, v) -> s.toBuilder().forecast().forecastError(Optional.of(set.apply(model(s),
                        v.getAsDouble()))).build());
    }

    private static ForecastError model(Scenario s) {
        return s.forecastError().orElseGet(() -> defaults(s));
    }
}
