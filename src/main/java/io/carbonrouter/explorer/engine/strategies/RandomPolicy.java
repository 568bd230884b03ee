package io.carbonrouter.explorer.engine.strategies;

import io.carbonrouter.explorer.engine.Decision;
import io.carbonrouter.explorer.engine.FlavourSet;
import io.carbonrouter.explorer.engine.ForecastSnapshot;
import io.carbonrouter.explorer.engine.LedgerView;

import java.util.List;
import java.util.SplittableRandom;

/** A random split, drawn from one generator seeded at the start of the run, so a run repeats exactly. */
public final class RandomPolicy extends BuiltInPolicy {

    public static final String NAME = "random";

    private final SplittableRandom random;

    public RandomPolicy(LedgerView ledger, long seed) {
        super(NAME, ledger, List.of());
        this.random = new SplittableRandom(seed);
    }

    @Override
    public void evaluateInto(FlavourSet flavours, ForecastSnapshot snapshot, Decision out) {
        int n = flavours.enabledCount();
        out.clear();
        for (int i = 0; i < n; i++) {
            out.put(flavours.enabled(i).name(), flavours.enabledPrecision(i), random.nextDouble());
        }
        out.normalise();
        out.computeAvgPrecision();
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
