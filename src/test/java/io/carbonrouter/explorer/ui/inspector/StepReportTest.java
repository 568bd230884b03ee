package io.carbonrouter.explorer.ui.inspector;

import io.carbonrouter.explorer.io.schedule.PublishedStatus;
import io.carbonrouter.explorer.simulation.DeploymentLoop;
import io.carbonrouter.explorer.simulation.Run;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.ui.Fakes;
import io.carbonrouter.explorer.ui.common.Formats;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StepReportTest {

    private final Scenario sample = Fakes.sample();
    private final Run run = Fakes.SIMULATOR.run(sample);

    private String value(StepReport r, String section, String name) {
        return r.rows().stream().filter(row -> row.section().equals(section) && row.name().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError(section + "/" + name)).value();
    }

    @Test
    void givenAStepThenEveryDiagnosticWeightAndCeilingIsListed() {
        StepReport r = StepReport.of(sample, run, 10);

        Map<String, Double> diagnostics = run.diagnostics().at(10);
        List<String> shown = r.rows().stream().filter(row -> row.section().equals("Diagnostics"))
                .map(StepReport.Row::name).toList();
        assertEquals(List.copyOf(diagnostics.keySet()), shown);
        assertEquals("11 of 144", value(r, "Step", "step"));
        assertEquals("Tue 15 Jan 2030 05:00", value(r, "Step", "time (UTC)"));
        long whole = Math.round(run.flavourWeights().value(10, "precision-100"));
        assertTrue(value(r, "Weights", "precision-100").endsWith("·  " + whole));
        assertEquals(String.valueOf(Math.round(run.ceilings().value(10, "router"))),
                value(r, "Throttle", "router ceiling"));
    }

    @Test
    void givenAStepThenTheDecisionHasTheStatusFieldsTheOperatorPublishes() {
        String yaml = StepReport.of(sample, run, 0).decision();

        assertTrue(yaml.startsWith("status:\n  activePolicy: credit-greedy\n"), yaml);
        for (String field : List.of("creditBalance: \"", "creditVelocity: \"", "processingThrottle: \"",
                "effectiveReplicaCeilings:\n    consumer: ", "\n    credit_balance: \"0\"\n",
                "  - emissions: \"1\"\n    precision: 100\n    weight: ", "validUntil: \"2030-01-15T00:01:00Z\"")) {
            assertTrue(yaml.contains(field), field + " missing in\n" + yaml);
        }
        assertEquals(PublishedStatus.of(sample, run, 0), yaml);
    }

    @Test
    void givenAStepOutsideTheRunThenTheReportIsEmpty() {
        assertSame(StepReport.EMPTY, StepReport.of(sample, run, 144));
        assertSame(StepReport.EMPTY, StepReport.of(sample, run, -1));
    }

    @Test
    void givenADisabledFlavourThenTheInspectorSaysSo() {
        Scenario off = sample.toBuilder().flavours(List.of(sample.flavours().get(0),
                sample.flavours().get(1).withEnabled(false), sample.flavours().get(2))).build();

        StepReport r = StepReport.of(off, Fakes.SIMULATOR.run(off), 0);

        assertEquals("disabled", value(r, "Weights", "precision-50"));
    }

    @Test
    void givenAForecastCurveThenTheStepShowsWhatTheEngineSawBesideTheActualIntensity() {
        double[] forecast = sample.intensity().clone();
        forecast[10] = forecast[10] + 40;
        Scenario withForecast = sample.toBuilder().forecast(forecast).build();
        Run forecastRun = Fakes.SIMULATOR.run(withForecast);

        StepReport r = StepReport.of(withForecast, forecastRun, 10);

        assertNotEquals(value(r, "Step", "actual intensity"), value(r, "Step", "forecast intensity"));
        assertEquals(Formats.number(sample.intensity()[10], 2) + " gCO2/kWh", value(r, "Step", "actual intensity"));
        assertEquals(Formats.number(forecast[10], 2) + " gCO2/kWh", value(r, "Step", "forecast intensity"));
    }

    @Test
    void givenADeployedRunThenATickShowsItsSlotWithItsTimeRangeAndWhatTheLedgerWasFed() {
        Scenario deployed = sample.toBuilder().loop(Optional.of(DeploymentLoop.AS_DEPLOYED)).build();
        Run ticks = Fakes.SIMULATOR.run(deployed);

        StepReport first = StepReport.of(deployed, ticks, 0);
        StepReport later = StepReport.of(deployed, ticks, 125);

        assertEquals("no feedback this tick", value(first, "Step", "realised precision"));
        assertEquals("126 of 17280", value(later, "Step", "tick"));
        assertEquals("Tue 15 Jan 2030 00:31:15", value(later, "Step", "time (UTC)"));
        assertEquals("2  ·  Tue 15 Jan 2030 00:30 – Tue 15 Jan 2030 01:00", value(later, "Step", "slot"));
        assertEquals(Formats.percent(ticks.realisedPrecision(125)), value(later, "Step", "realised precision"));
    }

    @Test
    void givenOneEvaluationPerSlotThenNoSlotOrFeedbackRowIsShown() {
        StepReport r = StepReport.of(sample, run, 3);

        assertTrue(r.rows().stream().noneMatch(row -> row.name().equals("slot")
                || row.name().equals("realised precision")));
    }
}
