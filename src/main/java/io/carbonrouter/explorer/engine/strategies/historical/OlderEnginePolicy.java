package io.carbonrouter.explorer.engine.strategies.historical;

import io.carbonrouter.explorer.engine.Decision;
import io.carbonrouter.explorer.engine.FlavourProfile;
import io.carbonrouter.explorer.engine.FlavourSet;
import io.carbonrouter.explorer.engine.ForecastSnapshot;
import io.carbonrouter.explorer.engine.LedgerView;
import io.carbonrouter.explorer.engine.PolicyResult;
import io.carbonrouter.explorer.engine.SchedulerPolicy;
import io.carbonrouter.explorer.engine.ThrottleRules;

import java.util.List;

/**
 * A strategy as upstream's engine ran it at an older commit: the decisions of {@code strategy} (the strategy
 * file as it was then, which for some versions is the same as today's), under the name {@code name@commit},
 * with the throttle that engine computed beside it.
 */
public final class OlderEnginePolicy implements SchedulerPolicy {

    private final String name;
    private final SchedulerPolicy strategy;
    private final ThrottleRules throttle;

    public OlderEnginePolicy(String name, SchedulerPolicy strategy, ThrottleRules throttle) {
        this.name = name;
        this.strategy = strategy;
        this.throttle = throttle;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public PolicyResult evaluate(List<FlavourProfile> flavours, ForecastSnapshot snapshot) {
        return strategy.evaluate(flavours, snapshot);
    }

    @Override
    public void evaluateInto(FlavourSet flavours, ForecastSnapshot snapshot, Decision out) {
        strategy.evaluateInto(flavours, snapshot, out);
    }

    @Override
    public boolean readsLedger() {
        return strategy.readsLedger();
    }

    @Override
    public List<String> diagnosticKeys() {
        return strategy.diagnosticKeys();
    }

    @Override
    public ThrottleRules throttleRules() {
        return throttle;
    }

    @Override
    public LedgerView ledger() {
        return strategy.ledger();
    }
}
