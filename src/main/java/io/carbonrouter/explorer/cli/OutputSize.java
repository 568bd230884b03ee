package io.carbonrouter.explorer.cli;

import io.carbonrouter.explorer.simulation.Limits;
import io.carbonrouter.explorer.simulation.Scenario;

/**
 * Refuses a {@code simulate} whose output would pass {@link Limits#MAX_OUTPUT_BYTES} before the run starts, unless
 * the user said {@code --force}: a long repeating timeline can otherwise fill a disk without a word. The estimate
 * per step is a little above what the writers print for the sample scenarios.
 */
final class OutputSize {

    private static final long JSON_STEP = 700;
    private static final long JSON_FLAVOUR = 160;
    private static final long CSV_STEP = 150;
    private static final long CSV_FLAVOUR = 40;

    private OutputSize() {
    }

    static long estimate(Scenario s, boolean csv) {
        long flavours = s.flavours().size();
        long perStep = csv ? CSV_STEP + CSV_FLAVOUR * flavours : JSON_STEP + JSON_FLAVOUR * flavours;
        return perStep * Math.max(0, s.effectiveSteps());
    }

    static void check(Scenario s, boolean csv, boolean force) {
        long bytes = estimate(s, csv);
        if (bytes > Limits.MAX_OUTPUT_BYTES && !force) {
            throw new ArgumentError("the output of " + s.effectiveSteps() + " steps would be about "
                    + bytes / (1024 * 1024) + " MiB, over the " + Limits.MAX_OUTPUT_BYTES / (1024 * 1024)
                    + " MiB limit; add --force to write it anyway");
        }
    }
}
