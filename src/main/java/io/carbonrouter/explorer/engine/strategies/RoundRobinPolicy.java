package io.carbonrouter.explorer.engine.strategies;

import io.carbonrouter.explorer.engine.Decision;
import io.carbonrouter.explorer.engine.FlavourSet;
import io.carbonrouter.explorer.engine.ForecastSnapshot;
import io.carbonrouter.explorer.engine.LedgerView;

import java.util.List;

/** An equal share for every enabled flavour. */
public final class RoundRobinPolicy extends BuiltInPolicy {

    public static final String NAME = "round-robin";
    public static final String NUM_FLAVOURS = "num_flavours";
    public static final List<String> DIAGNOSTICS = List.of(NUM_FLAVOURS);

    public RoundRobinPolicy(LedgerView ledger) {
        super(NAME, ledger, DIAGNOSTICS);
    }

    @Override
    public void evaluateInto(FlavourSet flavours, ForecastSnapshot snapshot, Decision out) {
        int n = flavours.enabledCount();
        out.clear();
        for (int i = 0; i < n; i++) {
            out.put(flavours.enabled(i).name(), flavours.enabledPrecision(i), 1.0 / n);
        }
        out.normalise();
        out.computeAvgPrecision();
        out.diagnostic(NUM_FLAVOURS, n);
    }

    /** Its decisions never look at the ledger. */
    @Override
    public boolean readsLedger() {
        return false;
    }

    /** Nor at the forecast. */
    @Override
    public boolean readsForecast() {
        return false;
    }
}
