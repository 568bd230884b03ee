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
        double share = 1.0 / n;
        double precisions = 0.0;
        for (int i = 0; i < n; i++) {
            out.put(flavours.enabled(i).name(), flavours.enabledPrecision(i), share);
            precisions += flavours.enabled(i).precision();
        }
        // As the engine: the shares are not normalised (n times 1/n need not sum to exactly 1) and the mean
        // is the plain mean of the precisions, not the share-weighted sum.
        out.avgPrecision(precisions / n);
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
