package io.carbonrouter.explorer.ui.run;

import io.carbonrouter.explorer.simulation.Scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * Which scenario held from which step of a run. A whole run has one; a live session takes edits from its next
 * step on, so its earlier steps ran with earlier settings, and explaining them needs those. Immutable.
 */
public final class ScenarioHistory {

    private record Era(int from, Scenario scenario) {
    }

    private final List<Era> eras;

    private ScenarioHistory(List<Era> eras) {
        this.eras = List.copyOf(eras);
    }

    /** One scenario for every step. */
    public static ScenarioHistory of(Scenario scenario) {
        return new ScenarioHistory(List.of(new Era(0, scenario)));
    }

    /** This history with {@code edited} in force from step {@code from} on. */
    public ScenarioHistory then(int from, Scenario edited) {
        List<Era> next = new ArrayList<>();
        for (Era e : eras) {
            if (e.from() < from) {
                next.add(e);
            }
        }
        next.add(new Era(from, edited));
        return new ScenarioHistory(next);
    }

    /** The scenario step {@code t} ran with. */
    public Scenario at(int t) {
        Scenario found = eras.get(0).scenario();
        for (Era e : eras) {
            if (e.from() <= t) {
                found = e.scenario();
            }
        }
        return found;
    }
}
