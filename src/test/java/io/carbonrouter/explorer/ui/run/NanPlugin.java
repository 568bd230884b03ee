package io.carbonrouter.explorer.ui.run;

import io.carbonrouter.explorer.engine.FlavourProfile;
import io.carbonrouter.explorer.engine.ForecastSnapshot;
import io.carbonrouter.explorer.engine.LedgerView;
import io.carbonrouter.explorer.engine.PolicyContext;
import io.carbonrouter.explorer.engine.PolicyDiagnostics;
import io.carbonrouter.explorer.engine.PolicyResult;
import io.carbonrouter.explorer.engine.SchedulerPolicy;
import io.carbonrouter.explorer.engine.StrategyProvider;
import io.carbonrouter.explorer.engine.Weights;

import java.util.List;

/** A plugin strategy (loaded through ServiceLoader in tests) whose every decision is NaN. */
public final class NanPlugin implements StrategyProvider, SchedulerPolicy {

    private final LedgerView ledger;

    public NanPlugin() {
        this(null);
    }

    private NanPlugin(LedgerView ledger) {
        this.ledger = ledger;
    }

    @Override
    public String name() {
        return "nan-plugin";
    }

    @Override
    public String description() {
        return "Always NaN";
    }

    @Override
    public SchedulerPolicy create(PolicyContext context) {
        return new NanPlugin(context.ledger());
    }

    @Override
    public LedgerView ledger() {
        return ledger;
    }

    @Override
    public PolicyResult evaluate(List<FlavourProfile> flavours, ForecastSnapshot snapshot) {
        return new PolicyResult(new Weights.Builder(1).put(flavours.get(0).name(), Double.NaN).build(), Double.NaN,
                PolicyDiagnostics.builder(0).build());
    }
}
