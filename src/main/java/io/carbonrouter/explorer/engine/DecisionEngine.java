package io.carbonrouter.explorer.engine;

import java.util.List;

/**
 * The decision engine: one strategy, one ledger, the flavours and the component bounds. Each {@link #step}
 * evaluates the strategy, updates the ledger, throttles and rounds the weights, exactly as the deployed
 * engine does. Settings can change between steps; the ledger and the strategy's state carry on.
 */
public final class DecisionEngine {

    private final CreditLedger ledger;
    private final SchedulerPolicy policy;
    private List<FlavourProfile> flavours;
    private List<ComponentBound> bounds;

    public DecisionEngine(StrategyRegistry registry, String policyName, PolicyConfig config,
                          List<FlavourProfile> flavours, List<ComponentBound> bounds,
                          double initialBalance, long seed) {
        this.ledger = new CreditLedger(config, initialBalance);
        this.policy = registry.create(policyName, new PolicyContext(ledger, seed));
        this.flavours = List.copyOf(flavours);
        this.bounds = List.copyOf(bounds);
    }

    public EngineStep step(ForecastSnapshot snapshot) {
        PolicyResult result = policy.evaluate(flavours, snapshot);
        double balance = ledger.update(result.avgPrecision());
        ScalingDirective scaling = Throttle.compute(balance, ledger.config(), snapshot, bounds);
        return new EngineStep(result, balance, ledger.velocity(), scaling, IntegerWeights.of(result.weights()));
    }

    /** The metrics poll between evaluations: the ledger takes the precision the routers actually served. */
    public double feedback(double realisedPrecision) {
        return ledger.update(realisedPrecision);
    }

    /** Applies edited settings from the next step on. */
    public void reconfigure(PolicyConfig config, List<FlavourProfile> newFlavours, List<ComponentBound> newBounds) {
        ledger.reconfigure(config);
        this.flavours = List.copyOf(newFlavours);
        this.bounds = List.copyOf(newBounds);
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
        return flavours;
    }

    public List<ComponentBound> bounds() {
        return bounds;
    }
}
