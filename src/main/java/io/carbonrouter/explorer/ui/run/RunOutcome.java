package io.carbonrouter.explorer.ui.run;

import io.carbonrouter.explorer.simulation.Run;
import io.carbonrouter.explorer.simulation.Scenario;

/**
 * A run on screen: the scenario it ran, its steps, its charts, and how long it took.
 *
 * @param scenario  the scenario in force at the end (a live session's latest edit)
 * @param live      whether it is a playback run that may hold fewer steps than the scenario asks for
 * @param wallNanos time from the start of the job to charts ready (engine plus chart series)
 * @param history   the scenario in force at each step
 */
public record RunOutcome(Scenario scenario, Run run, ChartSet charts, boolean live, long wallNanos,
                         ScenarioHistory history) {

    /** The settings step {@code t} ran with: before a live edit, those before it. */
    public Scenario scenarioAt(int t) {
        return history.at(t);
    }

    /** Whether every step of the scenario has been computed. */
    public boolean complete() {
        return run.steps() >= scenario.clock().ticks();
    }
}
