package io.carbonrouter.explorer.engine;

import java.util.Optional;

/**
 * A strategy from a plugin misbehaved: it threw, returned nothing, or returned weights the engine cannot use.
 * A plugin is code the user chose to load, so this is the user's error to fix, named by plugin, strategy and
 * step; the engine never runs on the bad decision.
 */
public final class PluginFailure extends RuntimeException {

    private final String strategy;

    PluginFailure(String plugin, String strategy, String where, String what, Throwable cause) {
        super("plugin " + plugin + ": strategy '" + strategy + "'" + where + ": " + what, cause);
        this.strategy = strategy;
    }

    /** The strategy's name, as registered. */
    public String strategy() {
        return strategy;
    }

    /** The plugin failure behind {@code e} (a batch of runs wraps what a run throws), if any. */
    public static Optional<PluginFailure> in(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PluginFailure p) {
                return Optional.of(p);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return Optional.empty();
    }
}
