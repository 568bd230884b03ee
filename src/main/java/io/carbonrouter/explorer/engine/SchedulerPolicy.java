package io.carbonrouter.explorer.engine;

import java.util.List;

/**
 * A strategy: splits traffic between flavours for one step. It reads the credit ledger (never changes it);
 * it may keep state across the steps of one run, so each run gets a fresh instance.
 */
public interface SchedulerPolicy {

    /** The strategy's unique name, as written in a TrafficSchedule ({@code credit-greedy}). */
    String name();

    /**
     * Decides the traffic split for this step.
     *
     * @param flavours every flavour, enabled or not, in input order
     * @param snapshot what is known of carbon and demand now and ahead
     * @throws NoEnabledFlavoursException when no flavour is enabled
     */
    PolicyResult evaluate(List<FlavourProfile> flavours, ForecastSnapshot snapshot);

    /**
     * The same decision, written into a buffer the caller reuses, for runs that must not allocate per step.
     * A strategy that only implements {@link #evaluate} gets this copy of its result.
     *
     * @param flavours the flavours of {@link #evaluate}, worked out once per configuration
     * @param out      cleared and filled with the decision
     */
    default void evaluateInto(FlavourSet flavours, ForecastSnapshot snapshot, Decision out) {
        out.copyOf(evaluate(flavours.all(), snapshot), flavours);
    }

    /**
     * Whether its decisions may depend on the ledger (its balance, limits or target). A strategy that says
     * false promises that {@link #evaluateInto} reads neither the ledger nor anything derived from it, so
     * runs that differ only in credit or throttle settings get the same decisions step by step: a sweep then
     * decides once and lets each run's ledger take the same precisions. True unless a strategy says so.
     */
    default boolean readsLedger() {
        return true;
    }

    /**
     * Whether its decisions may depend on the snapshot (carbon and demand, now and ahead). A strategy that says
     * false promises that {@link #evaluateInto} never reads the snapshot; if it does not read the ledger
     * either, its decisions are the same whatever the forecast, so forecast error draws run it once for every
     * draw. True unless a strategy says so.
     */
    default boolean readsForecast() {
        return true;
    }

    /** The names of every diagnostic it may report, in order; empty when it does not say. */
    default List<String> diagnosticKeys() {
        return List.of();
    }

    /**
     * The throttle the engine computes beside this strategy's decisions: {@link ThrottleRules#CURRENT} for
     * every strategy of today; a historical version of upstream's engine names the throttle of its commit.
     */
    default ThrottleRules throttleRules() {
        return ThrottleRules.CURRENT;
    }

    /** The ledger this strategy reads. */
    LedgerView ledger();
}
