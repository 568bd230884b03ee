package io.carbonrouter.explorer.io.lesson;

import io.carbonrouter.explorer.engine.StrategyRegistry;
import io.carbonrouter.explorer.io.ScenarioFiles;
import io.carbonrouter.explorer.lesson.Capability;
import io.carbonrouter.explorer.lesson.Facts;
import io.carbonrouter.explorer.lesson.Lesson;
import io.carbonrouter.explorer.lesson.LessonStep;
import io.carbonrouter.explorer.lesson.ScenarioField;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.Simulator;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BuiltInLessonsTest {

    private static final Simulator SIMULATOR = new Simulator(StrategyRegistry.standard());

    /** The edit each task asks for, by lesson and step, as a learner would make it. */
    private static final Map<String, Map<String, Object>> SOLUTIONS = Map.ofEntries(
            Map.entry("credit-ledger/1", Map.of("config.targetError", 0.05)),
            Map.entry("credit-ledger/2", Map.of("config.creditMin", -0.2)),
            Map.entry("greedy-vs-forecast/1", Map.of("policy", "forecast-aware")),
            Map.entry("greedy-vs-forecast/2", Map.of("policy", "forecast-aware-global")),
            Map.entry("throttling/0", Map.of("intensity[36]", 400.0)),
            Map.entry("throttling/1", Map.of("config.throttleMin", 0.5)),
            Map.entry("throttling/2", Map.of("componentBounds.consumer.max", 4.0)),
            Map.entry("deployed-loop/1", Map.of("config.targetError", 0.25)),
            Map.entry("forecast-error/0", Map.of("policy", "forecast-aware-global")),
            Map.entry("forecast-error/1", Map.of("forecastError.bias", 0.0)),
            Map.entry("how-good/0", Map.of("forecastError.sd", 80.0)),
            Map.entry("how-good/1", Map.of("horizonSlots", 1.0)));

    @Test
    void theSixBuiltInLessonsLoadInMenuOrder() {
        assertThat(LessonFiles.builtIn()).extracting(Lesson::id).containsExactly("credit-ledger",
                "greedy-vs-forecast", "throttling", "deployed-loop", "forecast-error", "how-good");
    }

    @Test
    void everyTaskIsOpenWhenItsStepOpensAndDoneAfterTheEditItAsksFor() {
        for (Lesson lesson : LessonFiles.builtIn()) {
            Scenario current = ScenarioFiles.readResource("/sample-data/scenarios/winter-day.yaml");
            for (int i = 0; i < lesson.steps().size(); i++) {
                LessonStep step = lesson.steps().get(i);
                String where = lesson.id() + "/" + i;
                current = step.state().applyTo(current);
                boolean before = step.isDone(facts(current));
                Map<String, Object> solution = SOLUTIONS.get(where);
                if (!step.hasTask()) {
                    assertThat(before).as(where + " has no task, so it is done when read").isTrue();
                    assertThat(solution).as(where + " has no task to solve").isNull();
                    continue;
                }
                assertThat(before).as(where + " is not done before the edit").isFalse();
                assertThat(solution).as(where + " needs a solution in this test").isNotNull();
                for (Map.Entry<String, Object> e : solution.entrySet()) {
                    current = ScenarioField.named(e.getKey()).orElseThrow().set().apply(current, e.getValue());
                }
                assertThat(step.isDone(facts(current))).as(where + " is done after the edit").isTrue();
            }
        }
    }

    @Test
    void theLoopAndForecastErrorStepsAreShownAndRunWhatTheyLoad() {
        List<LessonStep> needing = LessonFiles.builtIn().stream().flatMap(l -> l.steps().stream())
                .filter(s -> s.needs().isPresent()).toList();

        assertThat(needing).extracting(s -> s.needs().get())
                .containsExactlyInAnyOrder(Capability.DEPLOYED_LOOP, Capability.FORECAST_ERROR);
        assertThat(needing).allMatch(LessonStep::shown).allMatch(LessonStep::hasTask);
        Scenario winter = ScenarioFiles.readResource("/sample-data/scenarios/winter-day.yaml");
        assertThat(needing.get(0).state().applyTo(winter).loop()).isPresent();
        assertThat(needing.get(1).state().applyTo(winter).forecastError()).hasValueSatisfying(e -> {
            assertThat(e.bias()).isEqualTo(-80);
            assertThat(e.sd()).isEqualTo(40);
        });
    }

    private static Facts facts(Scenario s) {
        return new Facts(s, SIMULATOR.run(s).metrics());
    }
}
