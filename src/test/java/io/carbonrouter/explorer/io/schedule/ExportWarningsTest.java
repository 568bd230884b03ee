package io.carbonrouter.explorer.io.schedule;

import io.carbonrouter.explorer.engine.ComponentBound;
import io.carbonrouter.explorer.engine.FlavourProfile;
import io.carbonrouter.explorer.io.ScenarioFiles;
import io.carbonrouter.explorer.simulation.Scenario;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each way an export would run unlike the explored scenario on the cluster gets its own warning. */
class ExportWarningsTest {

    private static final Scenario WINTER = ScenarioFiles.readResource("/sample-data/scenarios/winter-day.yaml");

    @Test
    void givenAPolicyTheDeployedEngineLacksThenItSaysWhatRunsInstead() {
        Scenario s = WINTER.toBuilder().policy("precision-tier").build();

        assertEquals(List.of("spec.scheduler.policy: policy 'precision-tier' is not registered in the deployed decision engine"
                        + " (credit-greedy, forecast-aware, forecast-aware-global, p100, random, round-robin); it"
                        + " would silently run credit-greedy"),
                TrafficScheduleExporter.warnings(s, "traffic-schedule"));
    }

    @Test
    void givenAHistoricalVersionThenOneLineSaysTheOperatorAtHeadCannotRunIt() {
        Scenario s = WINTER.toBuilder().policy("forecast-aware@3b01f99").build();

        assertEquals(List.of("spec.scheduler.policy: policy 'forecast-aware@3b01f99' is upstream's strategy as of"
                        + " commit 3b01f99, which the operator at HEAD cannot run (it would silently run credit-greedy);"
                        + " set policy 'forecast-aware' for today's version"),
                TrafficScheduleExporter.warnings(s, "traffic-schedule"));
    }

    @Test
    void givenAnotherNameThenItSaysTheRouterAndConsumerNeverReadIt() {
        List<String> w = TrafficScheduleExporter.warnings(WINTER, "checkout");

        assertEquals(1, w.size(), w::toString);
        assertTrue(w.get(0).contains("TS_NAME=traffic-schedule"), w::toString);
    }

    @Test
    void givenTwoFlavoursRoundingToOnePercentThenItSaysTheOperatorDropsOne() {
        Scenario s = WINTER.toBuilder().flavours(List.of(new FlavourProfile("precision-100", 1.0, 1.0, true),
                new FlavourProfile("precision-33", 0.333, 0.4, true),
                new FlavourProfile("other-33", 0.334, 0.5, true))).build();

        List<String> w = TrafficScheduleExporter.labelWarnings(s);

        assertEquals(List.of("flavour 'other-33': labels as carbonstat.precision=33 like 'precision-33'; the"
                        + " operator keeps only the first Deployment it finds and drops the other",
                "flavour 'other-33': is named precision-33 on the cluster (the operator names flavours by their"
                        + " precision label), so runs and dashboards show it under that name"), w);
    }

    @Test
    void givenAHalfPercentThenTheLabelRoundsHalfToEvenAsTheEngine() {
        Scenario s = WINTER.toBuilder().flavours(List.of(new FlavourProfile("precision-100", 1.0, 1.0, true),
                new FlavourProfile("precision-12", 0.125, 0.2, true))).build();

        assertEquals(List.of(), TrafficScheduleExporter.labelWarnings(s));
    }

    @Test
    void givenADisabledDuplicateThenThereIsNoCollision() {
        Scenario s = WINTER.toBuilder().flavours(List.of(new FlavourProfile("precision-100", 1.0, 1.0, true),
                new FlavourProfile("precision-50", 0.5, 0.6, true),
                new FlavourProfile("spare", 0.5, 0.7, false))).build();

        assertEquals(List.of(), TrafficScheduleExporter.labelWarnings(s));
    }

    @Test
    void givenOnlyRouterBoundsThenTheExportFillsTheOthersFromTheDemoAndSaysSo() {
        Scenario s = WINTER.toBuilder().componentBounds(List.of(ComponentBound.of("router", 2, null))).build();

        List<String> w = TrafficScheduleExporter.warnings(s, "traffic-schedule");
        String yaml = TrafficScheduleExporter.toYaml(s, "traffic-schedule", "shop");

        assertEquals(List.of(
                "componentBounds.router: incomplete in the scenario; the export fills in the upstream demo's 1..15,"
                        + " which the run did not simulate",
                "componentBounds.consumer: none in the scenario; the export fills in the upstream demo's 1..12,"
                        + " which the run did not simulate",
                "componentBounds.target: none in the scenario; the export fills in the upstream demo's 1..12,"
                        + " which the run did not simulate"), w);
        assertTrue(yaml.contains("  router:\n    autoscaling:\n      minReplicaCount: 2\n      maxReplicaCount: 15\n"),
                yaml);
        assertTrue(yaml.contains("# Warning: componentBounds.consumer: none in the scenario"), yaml);
        assertEquals(List.of(), ScheduleCheck.problems(yaml, "x.yaml", CrdSchema.trafficSchedule()));
    }
}
