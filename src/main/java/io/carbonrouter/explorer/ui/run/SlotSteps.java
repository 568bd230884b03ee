package io.carbonrouter.explorer.ui.run;

import io.carbonrouter.explorer.simulation.Run;

/**
 * Where the cursor goes when it steps by forecast slot: the first tick of the next slot, or back to the first
 * tick of the current slot (of the previous one when already there). Slots never decrease along a run, so
 * the ticks of a slot are found by binary search.
 */
public final class SlotSteps {

    private SlotSteps() {
    }

    /** The first tick of the slot after tick t's; t itself when t lies in the last slot recorded. */
    public static int next(Run run, int t) {
        if (run.steps() == 0) {
            return t;
        }
        int first = firstTickOf(run, run.slot(clamp(run, t)) + 1);
        return first < run.steps() ? first : clamp(run, t);
    }

    /** The first tick of tick t's slot, or of the slot before when t is already its first tick. */
    public static int previous(Run run, int t) {
        if (run.steps() == 0) {
            return t;
        }
        int at = clamp(run, t);
        int start = firstTickOf(run, run.slot(at));
        return start < at || at == 0 ? start : firstTickOf(run, run.slot(at - 1));
    }

    /** The first tick whose slot is at least {@code slot}; {@code steps()} when there is none. */
    public static int firstTickOf(Run run, int slot) {
        int lo = 0;
        int hi = run.steps();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (run.slot(mid) < slot) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int clamp(Run run, int t) {
        return Math.max(0, Math.min(t, run.steps() - 1));
    }
}
