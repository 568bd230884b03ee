package io.carbonrouter.explorer.lesson;

import java.util.Arrays;
import java.util.Optional;

/**
 * Things a lesson step may need that this version does not show yet. A step that needs a missing one shows
 * its "not yet" text and no task; switching a capability on here turns the task and its condition on.
 */
public enum Capability {
    /** The engine evaluated on its own schedule inside each slot, as deployed, rather than once per slot. */
    DEPLOYED_LOOP("deployed-loop", true),
    /** A forecast that differs from what the grid then does, with the cost of the difference. */
    FORECAST_ERROR("forecast-error", true);

    private final String key;
    private final boolean available;

    Capability(String key, boolean available) {
        this.key = key;
        this.available = available;
    }

    public String key() {
        return key;
    }

    public boolean available() {
        return available;
    }

    public static Optional<Capability> byKey(String key) {
        return Arrays.stream(values()).filter(c -> c.key.equals(key)).findFirst();
    }
}
