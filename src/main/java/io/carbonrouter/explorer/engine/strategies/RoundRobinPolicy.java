package io.carbonrouter.explorer.engine.strategies;

import io.carbonrouter.explorer.engine.FlavourProfile;
import io.carbonrouter.explorer.engine.ForecastSnapshot;
import io.carbonrouter.explorer.engine.LedgerView;
import io.carbonrouter.explorer.engine.PolicyDiagnostics;
import io.carbonrouter.explorer.engine.PolicyResult;
import io.carbonrouter.explorer.engine.SchedulerPolicy;
import io.carbonrouter.explorer.engine.Weights;

import java.util.List;

/** An equal share for every enabled flavour. */
public final class RoundRobinPolicy implements SchedulerPolicy {

    public static final String NAME = "round-robin";

    private final LedgerView ledger;

    public RoundRobinPolicy(LedgerView ledger) {
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
        FlavourProfile[] enabled = Flavours.enabled(flavours);
        Weights.Builder w = new Weights.Builder(enabled.length);
        for (FlavourProfile f : enabled) {
            w.put(f.name(), 1.0 / enabled.length);
        }
        w.normalise();
        PolicyDiagnostics diagnostics = PolicyDiagnostics.builder(1).put("num_flavours", enabled.length).build();
        double avg = Flavours.avgPrecision(w, flavours);
        return new PolicyResult(w.build(), avg, diagnostics);
    }
}
