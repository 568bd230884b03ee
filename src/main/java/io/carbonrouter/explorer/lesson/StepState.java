package io.carbonrouter.explorer.lesson;

import io.carbonrouter.explorer.simulation.Scenario;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The scenario a step loads: a sample (already read) and/or field values set on top of it. Without a sample
 * the values are set on what the learner has on screen; with neither the step leaves the scenario alone.
 *
 * @param sampleName the sample as the lesson names it, empty for none
 */
public record StepState(String sampleName, Optional<Scenario> sample, List<Setting> settings) {

    public static final StepState KEEP = new StepState("", Optional.empty(), List.of());

    /** One field set to one value. */
    public record Setting(ScenarioField field, Object value) {
    }

    public StepState {
        Objects.requireNonNull(sampleName);
        Objects.requireNonNull(sample);
        settings = List.copyOf(settings);
    }

    public boolean keeps() {
        return sample.isEmpty() && settings.isEmpty();
    }

    /**
     * The scenario the step shows, given the one on screen.
     *
     * @throws IllegalArgumentException when a value does not fit the scenario (a point past a curve's end)
     */
    public Scenario applyTo(Scenario current) {
        Scenario s = sample.orElse(current);
        for (Setting setting : settings) {
            s = setting.field().set().apply(s, setting.value());
        }
        return s;
    }
}
