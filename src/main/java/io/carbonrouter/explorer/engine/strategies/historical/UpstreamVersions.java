package io.carbonrouter.explorer.engine.strategies.historical;

import io.carbonrouter.explorer.engine.LedgerView;
import io.carbonrouter.explorer.engine.SchedulerPolicy;
import io.carbonrouter.explorer.engine.StrategyProvider;
import io.carbonrouter.explorer.engine.ThrottleRules;
import io.carbonrouter.explorer.engine.strategies.CreditGreedyPolicy;
import io.carbonrouter.explorer.engine.strategies.ForecastAwarePolicy;
import io.carbonrouter.explorer.engine.strategies.P100Policy;
import io.carbonrouter.explorer.engine.strategies.RandomPolicy;
import io.carbonrouter.explorer.engine.strategies.RoundRobinPolicy;

import java.util.List;
import java.util.function.Function;

/**
 * The strategies as upstream's decision engine ran them in the runs its notebooks report, each named
 * {@code name@commit} (the short hash of the belgio99/k8s-carbonrouter commit whose {@code decision-engine/}
 * was in force; docs/UPSTREAM-VERSIONS.md says which run used which and why). The credit ledger of every one
 * is today's (unchanged since 781c6d5). Each is checked against the real engine at its commit by the
 * reference cases in {@code reference/versions}.
 */
public final class UpstreamVersions {

    /** What every version before 65bb211 differs in from HEAD: the throttle. */
    private static final String OLD_THROTTLE = "throttle as before 65bb211: min(credits, intensity ratio) in"
            + " [throttleMin, 1], no green override, blend or look-ahead; the throttle settings were the"
            + " engine's environment then, not the TrafficSchedule's";

    private UpstreamVersions() {
    }

    /** One provider per version, in the order of the runs. */
    public static List<StrategyProvider> providers() {
        return List.of(
                version(CreditGreedyPolicy.NAME, "781c6d5", "credit-greedy at 781c6d5 (2025-11-18, credit"
                        + " sensitivity in the ledger): strategy and ledger as HEAD; " + OLD_THROTTLE,
                        ledger -> new CreditGreedyPolicy(ledger)),
                StrategyProvider.of(ForecastAwareGlobal781c6d5.NAME, "forecast-aware-global at 781c6d5 (2025-11-18): five"
                        + " signals with tanh responses, no grid zones, total within +-0.8; " + OLD_THROTTLE,
                        c -> new ForecastAwareGlobal781c6d5(c.ledger())),
                version(P100Policy.NAME, "cf04685", "p100 at cf04685 (2025-11-20): strategy as HEAD; "
                        + OLD_THROTTLE, ledger -> new P100Policy(ledger)),
                version(RoundRobinPolicy.NAME, "cf04685", "round-robin at cf04685 (2025-11-20): strategy as"
                        + " HEAD; " + OLD_THROTTLE, ledger -> new RoundRobinPolicy(ledger)),
                StrategyProvider.of(RandomPolicy.NAME + "@cf04685", "random at cf04685 (2025-11-20): strategy as HEAD (the"
                        + " explorer's seeded draws, not Python's); " + OLD_THROTTLE,
                        c -> new OlderEnginePolicy(RandomPolicy.NAME + "@cf04685",
                                new RandomPolicy(c.ledger(), c.seed()), ThrottleRules.BEFORE_65BB211)),
                version(ForecastAwarePolicy.NAME, "3b01f99", "forecast-aware at 3b01f99 (2025-11-20): tilts"
                        + " from a trend of 10 gCO2/kWh (HEAD 15), min(0.3, 0.5 |trend|/now) (HEAD 0.15, 0.25); "
                        + OLD_THROTTLE, ledger -> new ForecastAwarePolicy(ledger, 10.0, 0.3, 0.5)));
    }

    private static StrategyProvider version(String base, String commit, String description,
                                            Function<LedgerView, SchedulerPolicy> strategy) {
        String name = base + "@" + commit;
        return StrategyProvider.of(name, description,
                c -> new OlderEnginePolicy(name, strategy.apply(c.ledger()), ThrottleRules.BEFORE_65BB211));
    }
}
