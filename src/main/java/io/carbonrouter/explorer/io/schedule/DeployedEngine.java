package io.carbonrouter.explorer.io.schedule;

import io.carbonrouter.explorer.engine.strategies.RecedingHorizonPolicy;

import java.util.List;
import java.util.Set;

/** What the decision engine deployed by the upstream charts has, and where it runs. */
public final class DeployedEngine {

    /** The strategies its registry holds; any other name silently runs credit-greedy there. */
    public static final List<String> POLICIES = List.of("credit-greedy", "forecast-aware", "forecast-aware-global",
            "p100", "random", "round-robin");
    public static final String FALLBACK_POLICY = "credit-greedy";
    /** The name the operator gives the router and consumer pods in TS_NAME: the only one they read. */
    public static final String SCHEDULE_NAME = "traffic-schedule";
    public static final String DEPLOYMENT = "deployment/carbonrouter-decision-engine";
    public static final String NAMESPACE = "carbonrouter-system";
    /** The engine's THROTTLE_GREEN_BLEND and THROTTLE_GREEN_OVERRIDE_THRESHOLD defaults; the explorer's throttle
     *  uses the same values. */
    public static final double GREEN_BLEND = 0.6;
    public static final double GREEN_OVERRIDE_THRESHOLD = 0.99;
    private static final Set<String> POLICY_SET = Set.copyOf(POLICIES);

    private DeployedEngine() {
    }

    /** Strategies the explorer has for study that no deployed engine runs: an export refuses them. */
    public static final List<String> EXPLORER_ONLY = List.of(RecedingHorizonPolicy.NAME);

    public static boolean hasPolicy(String name) {
        return POLICY_SET.contains(name);
    }

    /** Why a policy name is a problem on the cluster, for warnings and {@code check}. */
    static String missingPolicy(String name) {
        int at = name.indexOf('@');
        if (at > 0) {
            return "policy '" + name + "' is upstream's strategy as of commit " + name.substring(at + 1)
                    + ", which the operator at HEAD cannot run (it would silently run " + FALLBACK_POLICY
                    + "); set policy '" + name.substring(0, at) + "' for today's version";
        }
        return "policy '" + name + "' is not registered in the deployed decision engine ("
                + String.join(", ", POLICIES) + "); it would silently run " + FALLBACK_POLICY;
    }
}
