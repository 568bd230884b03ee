package io.carbonrouter.explorer.simulation.compare;

import java.util.List;

/** Every strategy over {@code draws} forecast error draws, seeds {@code firstSeed} onwards, in registry order. */
public record DrawsResult(int draws, long firstSeed, List<DrawRow> rows) {

    public DrawsResult {
        rows = List.copyOf(rows);
    }
}
