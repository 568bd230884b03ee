package io.carbonrouter.explorer.simulation.compare;

/**
 * Hears how many of a batch's jobs (one run of one strategy) are done. It is called from worker threads,
 * one call at a time and with {@code done} rising; a GUI hands the numbers to its own thread.
 */
@FunctionalInterface
public interface Progress {

    Progress NONE = (done, total) -> { };

    void update(int done, int total);
}
