package io.carbonrouter.explorer.engine.strategies;

import io.carbonrouter.explorer.engine.FlavourProfile;
import io.carbonrouter.explorer.engine.ForecastSnapshot;
import io.carbonrouter.explorer.engine.LedgerView;
import io.carbonrouter.explorer.engine.PolicyDiagnostics;
import io.carbonrouter.explorer.engine.PolicyResult;
import io.carbonrouter.explorer.engine.SchedulerPolicy;
import io.carbonrouter.explorer.engine.Weights;

import java.util.List;
import java.util.SplittableRandom;

/** A random split, drawn from one generator seeded at the start of the run, so a run repeats exactly. */
public final class RandomPolicy implements SchedulerPolicy {

    public static final String NAME = "random";

    private final LedgerView ledger;
    private final SplittableRandom random;

    public RandomPolicy(LedgerView ledger, long seed) {
        this.ledger = ledger;
        this.random = new SplittableRandom(seed);
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
            w.put(f.name(), random.nextDouble());
        }
        w.normalise();
        double avg = Flavours.avgPrecision(w, flavours);
        return new PolicyResult(w.build(), avg, PolicyDiagnostics.EMPTY);
    }
}
