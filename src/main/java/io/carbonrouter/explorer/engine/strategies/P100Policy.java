package io.carbonrouter.explorer.engine.strategies;

import io.carbonrouter.explorer.engine.FlavourProfile;
import io.carbonrouter.explorer.engine.ForecastSnapshot;
import io.carbonrouter.explorer.engine.LedgerView;
import io.carbonrouter.explorer.engine.PolicyDiagnostics;
import io.carbonrouter.explorer.engine.PolicyResult;
import io.carbonrouter.explorer.engine.SchedulerPolicy;
import io.carbonrouter.explorer.engine.Weights;

import java.util.List;

/** Everything on the most precise flavour: the carbon baseline every other strategy is measured against. */
public final class P100Policy implements SchedulerPolicy {

    public static final String NAME = "p100";

    private final LedgerView ledger;

    public P100Policy(LedgerView ledger) {
        this.ledger = ledger;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public LedgerView ledger() {
        return ledger;
    }

    @Override
    public PolicyResult evaluate(List<FlavourProfile> flavours, ForecastSnapshot snapshot) {
        FlavourProfile best = Flavours.best(Flavours.enabled(flavours));
        Weights.Builder w = new Weights.Builder(1).put(best.name(), 1.0);
        PolicyDiagnostics diagnostics = PolicyDiagnostics.builder(1)
                .put("selected_flavour", best.precision()).build();
        return new PolicyResult(w.build(), best.precision(), diagnostics);
    }
}
