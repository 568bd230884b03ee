package io.carbonrouter.explorer.engine.strategies;

import io.carbonrouter.explorer.engine.Decision;
import io.carbonrouter.explorer.engine.FlavourProfile;
import io.carbonrouter.explorer.engine.FlavourSet;
import io.carbonrouter.explorer.engine.ForecastSnapshot;
import io.carbonrouter.explorer.engine.LedgerView;
import io.carbonrouter.explorer.engine.PolicyResult;
import io.carbonrouter.explorer.engine.SchedulerPolicy;

import java.util.List;

/**
 * What the built-in strategies share: a name, the ledger they read, the diagnostics they publish, and the
 * immutable {@link #evaluate} built from the buffer-filling {@link #evaluateInto} they implement.
 */
abstract class BuiltInPolicy implements SchedulerPolicy {

    private final String name;
    private final LedgerView ledger;
    private final List<String> diagnostics;

    BuiltInPolicy(String name, LedgerView ledger, List<String> diagnostics) {
        this.name = name;
        this.ledger = ledger;
        this.diagnostics = diagnostics;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final LedgerView ledger() {
        return ledger;
    }

    @Override
    public final List<String> diagnosticKeys() {
        return diagnostics;
    }

    @Override
    public final PolicyResult evaluate(List<FlavourProfile> flavours, ForecastSnapshot snapshot) {
        Decision out = new Decision();
        evaluateInto(FlavourSet.of(flavours), snapshot, out);
        return out.toResult();
    }

    @Override
    public abstract void evaluateInto(FlavourSet flavours, ForecastSnapshot snapshot, Decision out);
}
