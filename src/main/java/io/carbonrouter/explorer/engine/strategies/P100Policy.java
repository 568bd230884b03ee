package io.carbonrouter.explorer.engine.strategies;

import io.carbonrouter.explorer.engine.Decision;
import io.carbonrouter.explorer.engine.FlavourProfile;
import io.carbonrouter.explorer.engine.FlavourSet;
import io.carbonrouter.explorer.engine.ForecastSnapshot;
import io.carbonrouter.explorer.engine.LedgerView;

import java.util.List;

/** Everything on the most precise flavour: the carbon baseline every other strategy is measured against. */
public final class P100Policy extends BuiltInPolicy {

    public static final String NAME = "p100";
    public static final String SELECTED_FLAVOUR = "selected_flavour";
    public static final List<String> DIAGNOSTICS = List.of(SELECTED_FLAVOUR);

    public P100Policy(LedgerView ledger) {
        super(NAME, ledger, DIAGNOSTICS);
    }

    @Override
    public void evaluateInto(FlavourSet flavours, ForecastSnapshot snapshot, Decision out) {
        FlavourProfile best = flavours.baseline();
        out.clear();
        out.put(best.name(), flavours.sortedPrecision(0), 1.0);
        out.avgPrecision(best.precision());
        out.diagnostic(SELECTED_FLAVOUR, best.precision());
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
