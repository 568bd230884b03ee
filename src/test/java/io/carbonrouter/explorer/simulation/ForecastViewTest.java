package io.carbonrouter.explorer.simulation;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ForecastViewTest {

    private static Scenario noisy(ForecastError e) {
        return Scenario.builder().intensity(flat(400, 300)).forecastError(Optional.of(e)).build();
    }

    private static double[] flat(int n, double v) {
        double[] out = new double[n];
        Arrays.fill(out, v);
        return out;
    }

    @Test
    void withACurveEveryIssueTimeSeesThatCurve() {
        ForecastView view = new ForecastView(Scenario.builder().intensity(1, 2, 3, 4).forecast(9, 8, 7, 6).build());

        assertThat(view.issuedAt(1, 3)).containsExactly(8, 7, 6);
        assertThat(view.issuedAt(0, 2)).containsExactly(9, 8);
        assertThat(view.nowAt(3)).isEqualTo(6);
    }

    @Test
    void theSameSeedAndIssueTimeGiveTheSameDrawsWhateverElseDiffers() {
        ForecastError e = new ForecastError(5, 30, 0.1, 0.7, 42);
        ForecastView a = new ForecastView(noisy(e));
        ForecastView b = new ForecastView(noisy(e).toBuilder().policy("p100").seed(99).build());

        assertThat(a.issuedAt(17, 24)).containsExactly(b.issuedAt(17, 24));
        assertThat(a.issuedAt(17, 24)).isNotEqualTo(a.issuedAt(18, 24));
        assertThat(new ForecastView(noisy(e.withSeed(43))).issuedAt(17, 24)).isNotEqualTo(a.issuedAt(17, 24));
        assertThat(a.issuedAt(17, 5)).containsExactly(Arrays.copyOf(a.issuedAt(17, 24), 5));
    }

    @Test
    void theErrorsHaveTheModelsBiasSpreadAndCorrelation() {
        ForecastError e = new ForecastError(10, 20, 0.5, 0.6, 1);
        ForecastView view = new ForecastView(noisy(e));
        int draws = 300;
        double[] lead0 = new double[draws];
        double[] lead2 = new double[draws];
        double[] lead1 = new double[draws];
        for (int t = 0; t < draws; t++) {
            double[] f = view.issuedAt(t, 3);
            lead0[t] = (f[0] - 300 - 10) / e.sdAt(0);
            lead1[t] = (f[1] - 300 - 10) / e.sdAt(1);
            lead2[t] = f[2] - 300;
        }
        assertThat(mean(lead2)).isCloseTo(10, within(4 * e.sdAt(2) / Math.sqrt(draws)));
        assertThat(sd(lead2)).isCloseTo(e.sdAt(2), within(0.15 * e.sdAt(2)));
        assertThat(mean(product(lead0, lead1))).isCloseTo(0.6, within(0.15));
    }

    @Test
    void forecastsNeverGoBelowZero() {
        ForecastView view = new ForecastView(noisy(new ForecastError(-1000, 50, 0, 0, 1)));

        assertThat(view.issuedAt(3, 10)).containsOnly(0.0);
    }

    private static double[] product(double[] a, double[] b) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] * b[i];
        }
        return out;
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    private static double sd(double[] v) {
        double m = mean(v);
        double s = 0;
        for (double x : v) {
            s += (x - m) * (x - m);
        }
        return Math.sqrt(s / (v.length - 1));
    }
}
