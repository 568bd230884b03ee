package io.carbonrouter.explorer.io;

import io.carbonrouter.explorer.simulation.Problem;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A file that cannot be read as what it should be. The message is one line naming the file, the field path
 * and, for parse errors, the line and column, such as
 * {@code scenario.yaml: flavours[2].precision: must be between 0 and 100 %, got 140 (line 12, column 16)}.
 */
public final class InputException extends RuntimeException {

    private final transient List<Problem> problems;

    public InputException(String message) {
        super(message);
        this.problems = List.of(new Problem("", message));
    }

    public InputException(String source, List<Problem> problems) {
        super(source + ": " + problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
