package io.carbonrouter.explorer.simulation;

import io.carbonrouter.explorer.engine.FlavourProfile;
import io.carbonrouter.explorer.engine.StrategyRegistry;
import io.carbonrouter.explorer.io.RunWriters;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Decisions follow the forecast the engine is given; emissions and savings follow the actual grid. */
class ForecastRunTest {

    private final Simulator simulator = new Simulator(StrategyRegistry.builtIns());
    private final List<String> policies = simulator.registry().names();

    static double[] actual() {
        double[] out = new double[96];
        for (int t = 0; t < out.length; t++) {
            double hour = (t % 48) / 2.0;
            out[t] = 120 + 90 * Math.exp(-Math.pow(hour - 8, 2) / 6) + 140 * Math.exp(-Math.pow(hour - 18, 2) / 5)
                    + (t % 7) * 3;
        }
        return out;
    }

    /** A forecast that is wrong in shape: late peaks, too flat. */
    static double[] wrongForecast() {
        double[] a = actual();
        double[] out = new double[a.length];
        for (int t = 0; t < a.length; t++) {
            out[t] = 0.6 * a[(t + 5) % a.length] + 70;
        }
        return out;
    }

    static Scenario base() {
        double[] demand = new double[96];
        for (int t = 0; t < demand.length; t++) {
            demand[t] = 60 + 50 * Math.sin(Math.PI * (t % 48) / 48.0) + (t % 5);
        }
        return Scenario.builder().intensity(actual()).demand(demand).seed(7).horizonSlots(24).build();
    }

    @Test
    void aForecastEqualToTheIntensityGivesExactlyTodaysRun() throws IOException {
        Scenario today = base();
        Scenario same = today.toBuilder().forecast(actual()).build();

        for (String p : policies) {
            assertThat(json(simulator.run(same, p))).as(p).isEqualTo(json(simulator.run(today, p)));
        }
    }

    @Test
    void decisionsFollowTheForecastWhileSavingsFollowTheActualCurve() {
        Scenario withForecast = base().toBuilder().forecast(wrongForecast()).build();
        Scenario forecastAsGrid = base().toBuilder().intensity(wrongForecast()).build();

        for (String p : policies) {
            Run run = simulator.run(withForecast, p);
            Run seen = simulator.run(forecastAsGrid, p);
            for (int t = 0; t < run.steps(); t++) {
                assertThat(run.weights().at(t)).as(p + " step " + t).isEqualTo(seen.weights().at(t));
                assertThat(run.intensity(t)).isEqualTo(actual()[t]);
                assertThat(run.forecast(t)).isEqualTo(wrongForecast()[t]);
            }
            assertThat(run.metrics().savings()).as(p)
                    .isCloseTo(savings(run, actual(), withForecast), within(1e-12));
        }
    }

    @Test
    void inTheDeployedLoopEveryTickDecidesOnItsSlotsForecast() {
        Scenario loop = base().toBuilder().intensity(Arrays.copyOf(actual(), 8)).demand(new double[0])
                .loop(Optional.of(DeploymentLoop.AS_DEPLOYED)).build();
        Scenario withForecast = loop.toBuilder().forecast(Arrays.copyOf(wrongForecast(), 8)).build();
        Scenario forecastAsGrid = loop.toBuilder().intensity(Arrays.copyOf(wrongForecast(), 8)).build();

        Run run = simulator.run(withForecast, "forecast-aware-global");
        Run seen = simulator.run(forecastAsGrid, "forecast-aware-global");

        assertThat(run.steps()).isGreaterThan(8);
        for (int t = 0; t < run.steps(); t++) {
            assertThat(run.weights().at(t)).as("tick " + t).isEqualTo(seen.weights().at(t));
            assertThat(run.intensity(t)).isEqualTo(actual()[run.slot(t)]);
            assertThat(run.forecast(t)).isEqualTo(wrongForecast()[run.slot(t)]);
        }
    }

    @Test
    void noErrorAndNoBiasGiveThePerfectRun() throws IOException {
        Scenario perfect = base();
        Scenario noError = perfect.toBuilder()
                .forecastError(Optional.of(new ForecastError(0, 0, 0.5, 0.9, 3))).build();

        for (String p : policies) {
            assertThat(json(simulator.run(noError, p))).as(p).isEqualTo(json(simulator.run(perfect, p)));
        }
    }

    @Test
    void anErrorModelChangesTheDecisionsButNotTheEmittingCurve() {
        Scenario noisy = base().toBuilder()
                .forecastError(Optional.of(new ForecastError(10, 40, 0.05, 0.8, 3))).build();

        Run run = simulator.run(noisy, "forecast-aware-global");
        Run perfect = simulator.run(base(), "forecast-aware-global");

        ForecastView view = new ForecastView(noisy);
        boolean differs = false;
        for (int t = 0; t < run.steps(); t++) {
            assertThat(run.intensity(t)).isEqualTo(actual()[t]);
            assertThat(run.forecast(t)).isEqualTo(view.nowAt(t));
            differs |= !run.weights().at(t).equals(perfect.weights().at(t));
        }
        assertThat(differs).isTrue();
        assertThat(run.metrics().savings()).isCloseTo(savings(run, actual(), noisy), within(1e-12));
    }

    @Test
    void everyStrategySeesTheSameDrawsForTheSameSeed() {
        Scenario noisy = base().toBuilder()
                .forecastError(Optional.of(new ForecastError(0, 30, 0.02, 0.8, 11))).build();

        Run first = simulator.run(noisy, policies.get(0));
        for (String p : policies) {
            Run run = simulator.run(noisy, p);
            for (int t = 0; t < run.steps(); t++) {
                assertThat(run.forecast(t)).as(p + " step " + t).isEqualTo(first.forecast(t));
            }
        }
    }

    @Test
    void aRunCarriesBothCurvesInItsJson() throws IOException {
        Scenario s = Scenario.builder().intensity(100, 200).forecast(150, 120).build();

        String text = json(simulator.run(s, "p100"));

        assertThat(text).contains("\"intensity\":100.0", "\"forecast\":150.0", "\"intensity\":200.0",
                "\"forecast\":120.0");
    }

    /** 1 - E/E100 from the run's weights and the actual curve, as the metrics define them. */
    static double savings(Run run, double[] actual, Scenario s) {
        double e = 0;
        double e100 = 0;
        double top = Run.baselineCarbon(s.flavours());
        for (int t = 0; t < run.steps(); t++) {
            double mix = 0;
            for (FlavourProfile f : s.flavours()) {
                double w = run.weights().value(t, f.name());
                mix += Double.isNaN(w) ? 0 : w * f.carbonIntensity();
            }
            e += s.demand()[t] * actual[t] * mix;
            e100 += s.demand()[t] * actual[t] * top;
        }
        return 1 - e / e100;
    }

    private static String json(Run run) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RunWriters.writeJson(run, out, false);
        return out.toString(StandardCharsets.UTF_8);
    }
}
