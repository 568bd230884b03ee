package io.carbonrouter.explorer.simulation;

import java.util.List;
import java.util.stream.Collectors;

/** A scenario that cannot run, with every problem found. */
public final class InvalidScenarioException extends IllegalArgumentException {

    private final transient List<Problem> problems;

    public InvalidScenarioException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
