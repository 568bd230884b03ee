package io.carbonrouter.explorer.io.schedule;

import io.carbonrouter.explorer.engine.FlavourProfile;
import io.carbonrouter.explorer.engine.PolicyConfig;
import io.carbonrouter.explorer.engine.StrategyRegistry;
import io.carbonrouter.explorer.simulation.DeploymentSettings;
import io.carbonrouter.explorer.simulation.Run;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.Simulator;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The status block against values worked out by hand from the operator's and engine's code. */
class PublishedStatusTest {

    private static final Scenario SCENARIO = Scenario.of(100, 200).toBuilder()
            .policy("p100")
            .flavours(List.of(new FlavourProfile("precision-100", 1.0, 1.0, true),
                    new FlavourProfile("precision-38", 0.375, 0.45, true),
                    new FlavourProfile("precision-12", 0.125, 0.1, false)))
            .config(PolicyConfig.DEFAULTS.withCreditMin(-1.5).withCreditMax(2.5).withTargetError(0.1))
            .deployment(new DeploymentSettings(OptionalInt.of(600), OptionalInt.empty(), OptionalInt.empty(),
                    OptionalInt.empty(), Optional.empty(), Optional.of(" Consumer ")))
            .slotMinutes(5)
            .start(Optional.of(Instant.parse("2030-01-01T00:00:00Z")))
            .build();

    @Test
    void givenAStepThenTheBlockHasTheOperatorsFieldsInKubectlsOrderAndFormats() {
        Run run = new Simulator(StrategyRegistry.standard()).run(SCENARIO, "p100");

        String yaml = PublishedStatus.of(SCENARIO, run, 1);

        assertTrue(yaml.startsWith("status:\n  activePolicy: p100\n  creditBalance: \""), yaml);
        assertTrue(yaml.contains("  creditMax: \"2.5\"\n  creditMin: \"-1.5\"\n  creditTarget: \"0.1\"\n"), yaml);
        assertTrue(yaml.contains("  flavours:\n"
                + "  - emissions: \"0.1\"\n    precision: 12\n    weight: 0\n"
                + "  - emissions: \"0.45\"\n    precision: 38\n    weight: 0\n"
                + "  - emissions: \"1\"\n    precision: 100\n    weight: 100\n"), yaml);
        assertTrue(yaml.endsWith("  routingEvaluator: consumer\n  validUntil: \"2030-01-01T00:10:00Z\"\n"), yaml);
        assertFalse(yaml.contains("carbonForecast") || yaml.contains("carbonIndex") || yaml.contains("forecastSchedule"),
                yaml);
    }

    @Test
    void givenNoEvaluatorOrValidForThenRouterAndTheEnginesSixtySecondsApply() {
        Scenario s = SCENARIO.toBuilder().deployment(DeploymentSettings.NONE).slotMinutes(30).build();
        Run run = new Simulator(StrategyRegistry.standard()).run(s, "p100");

        String yaml = PublishedStatus.of(s, run, 0);

        assertTrue(yaml.endsWith("  routingEvaluator: router\n  validUntil: \"2030-01-01T00:01:00Z\"\n"), yaml);
    }

    @Test
    void givenAStepOutsideTheRunThenItSaysWhichStepsThereAre() {
        Run run = new Simulator(StrategyRegistry.standard()).run(SCENARIO, "p100");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PublishedStatus.of(SCENARIO, run, 2));

        assertEquals("step 2 is outside the run's 0..1", e.getMessage());
    }

    @Test
    void givenDoublesThenTheyReadAsGoFormatFloatWritesThem() {
        assertEquals("0.15", GoFloat.format(0.15));
        assertEquals("-2", GoFloat.format(-2.0));
        assertEquals("0.0000001", GoFloat.format(1e-7));
        assertEquals("12000000000000000000000", GoFloat.format(1.2e22));
        assertEquals("0.30000000000000004", GoFloat.format(0.1 + 0.2));
        assertEquals("-0", GoFloat.format(-0.0));
        assertEquals("+Inf", GoFloat.format(Double.POSITIVE_INFINITY));
        assertEquals("282879384806159000", GoFloat.format(2.82879384806159E17));
    }

    @Property(tries = 500)
    void givenAnyFiniteDoubleThenItFormatsWithoutExponentAndReadsBackExactly(@ForAll double v) {
        String text = GoFloat.format(v);

        assertFalse(text.contains("E") || text.contains("e"), text);
        assertEquals(v, Double.parseDouble(text));
        assertEquals(v, GoFloat.parse(text).orElseThrow());
    }
}
