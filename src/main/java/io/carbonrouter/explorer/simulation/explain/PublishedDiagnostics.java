package io.carbonrouter.explorer.simulation.explain;

import io.carbonrouter.explorer.engine.strategies.CreditGreedyPolicy;
import io.carbonrouter.explorer.engine.strategies.ForecastAwareGlobalPolicy;
import io.carbonrouter.explorer.engine.strategies.ForecastAwarePolicy;
import io.carbonrouter.explorer.engine.strategies.P100Policy;
import io.carbonrouter.explorer.engine.strategies.PrecisionTierPolicy;
import io.carbonrouter.explorer.engine.strategies.RandomPolicy;
import io.carbonrouter.explorer.engine.strategies.RoundRobinPolicy;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The diagnostics each built-in strategy publishes, from its own constants. An explainer that reads a key
 * its strategy never reports is a bug (a renamed key would otherwise turn a sentence into "n/a"), so the
 * read fails loudly instead.
 */
final class PublishedDiagnostics {

    private static final Map<String, Set<String>> KEYS = Map.of(
            CreditGreedyPolicy.NAME, keys(CreditGreedyPolicy.DIAGNOSTICS),
            ForecastAwarePolicy.NAME, keys(ForecastAwarePolicy.DIAGNOSTICS),
            ForecastAwareGlobalPolicy.NAME, keys(ForecastAwareGlobalPolicy.DIAGNOSTICS),
            PrecisionTierPolicy.NAME, keys(PrecisionTierPolicy.DIAGNOSTICS),
            P100Policy.NAME, keys(P100Policy.DIAGNOSTICS),
            RoundRobinPolicy.NAME, keys(RoundRobinPolicy.DIAGNOSTICS),
            RandomPolicy.NAME, Set.of());

    private PublishedDiagnostics() {
    }

    /** Fails when {@code policy} is built in and never publishes {@code key}. */
    static void check(String policy, String key) {
        Set<String> keys = KEYS.get(policy);
        if (keys != null && !keys.contains(key)) {
            throw new IllegalStateException("the " + policy + " explainer reads diagnostic '" + key
                    + "', which " + policy + " does not publish (it publishes " + keys + ")");
        }
    }

    private static Set<String> keys(List<String> diagnostics) {
        return Set.copyOf(diagnostics);
    }
}
