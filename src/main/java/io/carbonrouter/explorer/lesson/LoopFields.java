package io.carbonrouter.explorer.lesson;

import io.carbonrouter.explorer.simulation.DeploymentLoop;
import io.carbonrouter.explorer.simulation.ForecastError;
import io.carbonrouter.explorer.simulation.Scenario;

import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * The lesson fields of the deployed loop and of forecast error. Setting a loop or error field on a scenario
 * without one starts from the deployed defaults and from no error, so a step can name just what it changes.
 */
final class LoopFields {

    private LoopFields() {
    }

    static List<ScenarioField> all() {
        return List.of(
                new ScenarioField("loop", Kind.BOOLEAN, s -> s.loop().isPresent(), (s, v) -> s.toBuilder()
                        .loop((Boolean) v ? Optional.of(loopOf(s)) : Optional.empty()).build()),
                ScenarioField.number("loop.evaluationSeconds",
                        s -> s.loop().map(DeploymentLoop::evaluationSeconds).orElse(Double.NaN),
                        (s, v) -> s.toBuilder().loop(Optional.of(loopOf(s).withEvaluationSeconds(v))).build()),
                error("bias", ForecastError::bias),
                error("sd", ForecastError::sd));
    }

    private static DeploymentLoop loopOf(Scenario s) {
        return s.loop().orElse(DeploymentLoop.AS_DEPLOYED);
    }

    /** An error field; without an error model the forecast is perfect, so bias and sd read 0. */
    private static ScenarioField error(String name, ToDoubleFunction<ForecastError> get) {
        return ScenarioField.number("forecastError." + name,
                s -> s.forecastError().map(get::applyAsDouble).orElse(0.0), (s, v) -> {
                    ForecastError e = s.forecastError().orElse(ForecastError.NONE);
                    ForecastError changed = name.equals("bias")
                            ? new ForecastError(v, e.sd(), e.growth(), e.correlation(), e.seed())
                            : new ForecastError(e.bias(), v, e.growth(), e.correlation(), e.seed());
                    // The engine sees either a forecast curve or the actual curve plus errors, never both.
                    return s.toBuilder().forecast().forecastError(Optional.of(changed)).build();
                });
    }
}
