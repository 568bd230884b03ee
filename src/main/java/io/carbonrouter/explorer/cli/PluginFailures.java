package io.carbonrouter.explorer.cli;

import io.carbonrouter.explorer.engine.PluginFailure;
import io.carbonrouter.explorer.engine.StrategyRegistry;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Runs a batch of strategies (compare, sweep) so that a plugin strategy that fails does not take the others
 * down: it is left out, the batch runs again without it, and its failure is said once the others have reported.
 */
final class PluginFailures {

    private final List<PluginFailure> failures = new ArrayList<>();

    /** The batch's result over {@code registry} less every plugin strategy that failed in it. */
    <T> T run(StrategyRegistry registry, Function<StrategyRegistry, T> batch) {
        StrategyRegistry current = registry;
        while (true) {
            try {
                return batch.apply(current);
            } catch (RuntimeException e) {
                PluginFailure failure = PluginFailure.in(e).orElseThrow(() -> e);
                if (!current.contains(failure.strategy())) {
                    throw failure;
                }
                failures.add(failure);
                current = current.without(failure.strategy());
            }
        }
    }

    /** The strategies of {@code wanted} still in {@code registry}; when none is left, the last failure. */
    List<String> left(List<String> wanted, StrategyRegistry registry) {
        List<String> left = wanted.stream().filter(registry::contains).toList();
        if (left.isEmpty() && !failures.isEmpty()) {
            throw failures.get(failures.size() - 1);
        }
        return left;
    }

    /** Prints each failure on one line; the exit code: {@code code} when none, else a user error. */
    int report(PrintWriter err, String command, int code) {
        failures.forEach(f -> err.println(command + ": " + OneLineErrors.oneLine(f.getMessage())
                + " (left out; the other strategies reported)"));
        return failures.isEmpty() ? code : OneLineErrors.BAD_INPUT;
    }
}
