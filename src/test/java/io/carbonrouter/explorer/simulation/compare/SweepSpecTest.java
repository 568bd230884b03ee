package io.carbonrouter.explorer.simulation.compare;

import io.carbonrouter.explorer.simulation.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SweepSpecTest {

    @Test
    void decimalStepsLandExactlyOnTheEnd() {
        SweepRange r = SweepRange.parse("targetError=0.1:0.3:0.1");

        assertThat(r.count()).isEqualTo(3);
        assertThat(List.of(r.value(0), r.value(1), r.value(2))).containsExactly(0.1, 0.2, 0.3);
    }

    @Test
    void anEndOffTheStepsIsNotReached() {
        SweepRange r = SweepRange.parse("creditMax=0:1:0.3");

        assertThat(r.count()).isEqualTo(4);
        assertThat(r.value(3)).isEqualTo(0.9);
    }

    @Test
    void theGridRunsTheLastParameterFastest() {
        SweepSpec spec = SweepSpec.parse(List.of("targetError=0.1:0.2:0.1", "creditWindow=10:30:10"));

        assertThat(spec.points()).isEqualTo(6);
        assertThat(spec.values(0)).containsExactly(0.1, 10.0);
        assertThat(spec.values(1)).containsExactly(0.1, 20.0);
        assertThat(spec.values(3)).containsExactly(0.2, 10.0);
        assertThat(spec.label(spec.values(5))).isEqualTo("targetError=0.2, creditWindow=30");
    }

    @Test
    void exactlyTenThousandPointsAreAllowed() {
        assertThat(SweepSpec.parse(List.of("creditMin=-1:-0.01:0.01", "creditMax=0.01:1:0.01")).points())
                .isEqualTo(10_000);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no equals sign   | targetError                   | 'targetError': expected NAME=FROM:TO:STEP
            unknown name     | colour=1:2:1                  | unknown parameter 'colour'; valid: targetError, creditMin
            two numbers      | targetError=0.1:0.2           | expected targetError=FROM:TO:STEP with three numbers
            missing number   | targetError=0.1::0.1          | targetError: TO is missing
            not a number     | targetError=a:0.2:0.1         | targetError: FROM 'a' is not a number
            not finite       | targetError=0:NaN:0.1         | targetError: TO 'NaN' is not a number
            huge exponent    | creditMax=0:1e999999:1        | creditMax: TO '1e999999' has too many digits
            empty range      | targetError=0.1:0.1:0.1       | targetError: empty range 0.1:0.1 (FROM equals TO)
            inverted range   | targetError=0.3:0.1:0.1       | FROM 0.3 is above TO 0.1; write 0.1:0.3:0.1
            step zero        | targetError=0.1:0.3:0         | targetError: the step must be positive, got 0
            negative step    | targetError=0.1:0.3:-0.1      | targetError: the step must be positive, got -0.1
            step too wide    | targetError=0:0.5:1           | targetError: the step 1 is wider than the range 0:0.5
            fractional window| creditWindow=1:10:0.5         | creditWindow takes whole numbers
            one range too big| creditSensitivity=0:1:0.00001 | has more than 10000 values; use a larger step
            """)
    void aBadRangeSaysWhatIsWrong(String rule, String text, String message) {
        assertThatThrownBy(() -> SweepSpec.parse(List.of(text))).as(rule)
                .isInstanceOf(SweepSpecException.class).hasMessageContaining(message);
    }

    @Test
    void aGridOverTenThousandPointsIsRefused() {
        assertThatThrownBy(() -> SweepSpec.parse(List.of("creditMin=-1:0:0.01", "creditMax=0.01:1:0.01")))
                .isInstanceOf(SweepSpecException.class)
                .hasMessage("the grid has 10,100 points, more than 10,000: use larger steps or narrower ranges");
    }

    @Test
    void noParametersThreeParametersOrTheSameOneTwiceAreRefused() {
        assertThatThrownBy(() -> SweepSpec.parse(List.of())).hasMessageContaining("give one or two parameters");
        assertThatThrownBy(() -> SweepSpec.parse(List.of("creditMin=-1:0:0.5", "creditMax=0.5:1:0.5",
                "targetError=0.1:0.2:0.1"))).hasMessage("a sweep varies at most two parameters, got 3");
        assertThatThrownBy(() -> SweepSpec.parse(List.of("creditMin=-1:0:0.5", "creditMin=-2:0:0.5")))
                .hasMessage("creditMin is given twice");
    }

    @Test
    void pointsThatMakeTheScenarioInvalidAreSkippedWithTheReason() {
        SweepSpec spec = SweepSpec.parse(List.of("creditMin=-0.5:0.5:0.5", "creditMax=0:1:0.5"));

        SweepPlan plan = spec.plan(Scenario.of(100, 200));

        assertThat(plan.points()).hasSize(6);
        assertThat(plan.skipped()).extracting(SweepPlan.Skipped::label).containsExactly(
                "creditMin=0, creditMax=0", "creditMin=0.5, creditMax=0", "creditMin=0.5, creditMax=0.5");
        assertThat(plan.skipped().get(0).warning()).isEqualTo("skipped creditMin=0, creditMax=0: "
                + "config.creditMin: creditMin (0.0) must be below creditMax (0.0)");
        assertThat(plan.points().get(0).scenario().config().creditMin()).isEqualTo(-0.5);
        assertThat(plan.points().get(0).scenario().config().creditMax()).isEqualTo(0.0);
    }

    @Test
    void aGridWithNoValidPointIsRefused() {
        SweepSpec spec = SweepSpec.parse(List.of("targetError=1.5:2:0.5"));

        assertThatThrownBy(() -> spec.plan(Scenario.of(100, 200))).isInstanceOf(SweepSpecException.class)
                .hasMessage("every one of the 2 grid points makes the scenario invalid, e.g. targetError=1.5: "
                        + "config.targetError: must be between 0 and 1, got 1.5");
    }

    @Test
    void wholeNumberParametersGetWholeValues() {
        SweepPlan plan = SweepSpec.parse(List.of("creditWindow=1:3:1")).plan(Scenario.of(100, 200));

        assertThat(plan.points()).extracting(p -> p.scenario().config().creditWindow()).containsExactly(1, 2, 3);
    }
}
