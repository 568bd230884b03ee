package io.carbonrouter.explorer.engine;

import java.util.List;

/**
 * The decision engine: one strategy, one ledger, the flavours and the component bounds. Each step
 * evaluates the strategy, updates the ledger, throttles and rounds the weights, exactly as the deployed
 * engine does. Settings can change between steps; the ledger and the strategy's state carry on.
 * {@link #stepInto} writes into a caller's buffer and allocates nothing, for long runs and sweeps;
 * {@link #step} returns an immutable copy, for callers that keep every step.
 */
public final class DecisionEngine {

    private final CreditLedger ledger;
    private final SchedulerPolicy policy;
    private final StepBuffer scratch = new StepBuffer();
    private final Throttle throttle;
    private FlavourSet flavours;
    private List<ComponentBound> bounds;
    private ReplicaBounds replicaBounds;

    public DecisionEngine(StrategyRegistry registry, String policyName, PolicyConfig config,
                          List<FlavourProfile> flavours, List<ComponentBound> bounds,
                          double initialBalance, long seed) {
        this.ledger = new CreditLedger(config, initialBalance);
        this.policy = registry.create(policyName, new PolicyContext(ledger, seed));
        this.throttle = new Throttle(policy.throttleRules());
        configure(flavours, bounds);
    }

    /** Runs one step into {@code out}, which the caller reuses from step to step. */
    public void stepInto(ForecastSnapshot snapshot, StepBuffer out) {
        Decision decision = out.decision();
        policy.evaluateInto(flavours, snapshot, decision);
        double balance = ledger.update(decision.avgPrecision());
        ledger.into(out);
        throttle.compute(balance, ledger.config(), snapshot, replicaBounds, out);
        IntegerWeights.into(decision, out.flavourWeightSlots());
    }

    /**
     * As {@link #stepInto} for a caller that reads only the decision, the ledger and the throttle (the
     * metrics of a comparison or a sweep): the integer weights and the replica ceilings are left as they were.
     */
    public void decideInto(ForecastSnapshot snapshot, StepBuffer out) {
        Decision decision = out.decision();
        policy.evaluateInto(flavours, snapshot, decision);
        settle(decision.avgPrecision(), snapshot, out);
    }

    /**
     * As {@link #decideInto} plus the integer weights the routers are given, for a metrics-only run of the
     * deployed loop, whose feedback reads those weights: only the replica ceilings are left as they were.
     */
    public void decideAndWeighInto(ForecastSnapshot snapshot, StepBuffer out) {
        decideInto(snapshot, out);
        IntegerWeights.into(out.decision(), out.flavourWeightSlots());
    }

    /**
     * As {@link #decideInto} for a strategy that does not read the ledger ({@link SchedulerPolicy#readsLedger}),
     * whose decision for this step was made once for every run that shares the snapshots, flavours and seed:
     * only the ledger takes {@code avgPrecision} and the throttle follows; the buffer's decision is untouched.
     */
    public void replayInto(ForecastSnapshot snapshot, double avgPrecision, StepBuffer out) {
        settle(avgPrecision, snapshot, out);
    }

    private void settle(double avgPrecision, ForecastSnapshot snapshot, StepBuffer out) {
        double balance = ledger.update(avgPrecision);
        ledger.into(out);
        throttle.value(balance, ledger.config(), snapshot, out);
    }

    /** Runs one step and returns an immutable copy of it. */
    public EngineStep step(ForecastSnapshot snapshot) {
        stepInto(snapshot, scratch);
        return copy(scratch);
    }

    /** An immutable copy of the step last run into {@code done}, for callers that keep it. */
    public EngineStep copy(StepBuffer done) {
        ScalingDirective scaling = new ScalingDirective(done.throttle(), done.creditsRatio(),
                done.intensityRatio(), replicaBounds.components(), done.ceilings(replicaBounds.size()));
        return new EngineStep(done.decision().toResult(), done.balance(), done.velocity(), scaling,
                done.flavourWeights());
    }

    /** The metrics poll between evaluations: the ledger takes the precision the routers actually served. */
    public double feedback(double realisedPrecision) {
        return ledger.update(realisedPrecision);
    }

    /** Applies edited settings from the next step on. */
    public void reconfigure(PolicyConfig config, List<FlavourProfile> newFlavours, List<ComponentBound> newBounds) {
        ledger.reconfigure(config);
        configure(newFlavours, newBounds);
    }

    private void configure(List<FlavourProfile> newFlavours, List<ComponentBound> newBounds) {
        this.flavours = FlavourSet.of(newFlavours);
        this.bounds = List.copyOf(newBounds);
        this.replicaBounds = ReplicaBounds.of(this.bounds);
    }

    public LedgerView ledger() {
        return ledger;
    }

    public SchedulerPolicy policy() {
        return policy;
    }

    public PolicyConfig config() {
        return ledger.config();
    }

    public List<FlavourProfile> flavours() {
        return flavours.all();
    }

    public List<ComponentBound> bounds() {
        return bounds;
    }

    /** The components with a replica ceiling, aligned with {@link StepBuffer#ceiling}. */
    public ReplicaBounds replicaBounds() {
        return replicaBounds;
    }
}
