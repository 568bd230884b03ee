package io.carbonrouter.explorer.engine.strategies;

import io.carbonrouter.explorer.engine.Decision;
import io.carbonrouter.explorer.engine.EfficientChain;
import io.carbonrouter.explorer.engine.EngineMath;
import io.carbonrouter.explorer.engine.FlavourSet;
import io.carbonrouter.explorer.engine.ForecastSchedule;
import io.carbonrouter.explorer.engine.ForecastSnapshot;
import io.carbonrouter.explorer.engine.LedgerView;

import java.util.List;

/**
 * An explorer strategy, not an upstream one: a receding-horizon optimiser. At every evaluation it solves the
 * offline optimum's linear programme over the forecast it is given (the schedule as issued, errors and all):
 * the least forecast emissions for which the mean precision over the horizon, with the ledger's balance
 * counted as precision already banked, stays at the target. It applies the plan's first slot and plans again
 * at the next evaluation. Each slot of the horizon counts as one evaluation, as the ledger counts them.
 * <p>
 * The programme is a fractional knapsack along the flavours' {@link EfficientChain}: slot k buys edge e's
 * precision at {@code I_k * slope_e} per unit, cheapest first. Only the first slot's share is needed, so
 * instead of sorting every purchase it sums, for each of that slot's edges, the precision bought before it
 * (ties share pro rata): O(horizon x edges^2) and no allocation per step.
 */
public final class RecedingHorizonPolicy extends BuiltInPolicy {

    public static final String NAME = "receding-horizon";

    public static final String HORIZON_SLOTS = "horizon_slots";
    public static final String BANKED_PRECISION = "banked_precision";
    public static final String PLANNED_PRECISION = "planned_precision";
    public static final String CARBON_NOW = "carbon_now";
    /** Every diagnostic it reports, in order. */
    public static final List<String> DIAGNOSTICS = List.of(HORIZON_SLOTS, BANKED_PRECISION, PLANNED_PRECISION,
            CARBON_NOW);

    private FlavourSet chainOf;
    private EfficientChain chain;
    private double[] slopes;
    private double[] gains;

    public RecedingHorizonPolicy(LedgerView ledger) {
        super(NAME, ledger, DIAGNOSTICS);
    }

    @Override
    public void evaluateInto(FlavourSet flavours, ForecastSnapshot snapshot, Decision out) {
        int n = flavours.enabledCount();
        if (flavours != chainOf) {
            chainOf = flavours;
            chain = EfficientChain.of(flavours.all());
            slopes = new double[chain.edges()];
            gains = new double[chain.edges()];
            for (int e = 0; e < slopes.length; e++) {
                slopes[e] = chain.slope(e);
                gains[e] = chain.precision()[e + 1] - chain.precision()[e];
            }
        }
        LedgerView ledger = ledger();
        double sensitivity = ledger.creditSensitivity();
        double banked = sensitivity > 0 ? ledger.balance() / sensitivity : 0.0;
        double now = intensityNow(snapshot);
        ForecastSchedule schedule = snapshot == null ? null : snapshot.schedule();
        int horizon = Double.isNaN(now) || schedule == null || schedule.isEmpty() ? 1 : schedule.size();
        // Precision to buy above the cheapest mix over the horizon, the bank counting toward the target.
        double need = (1.0 - ledger.targetError() - chain.lowPrecision()) * horizon - banked;
        // Without a carbon value now the plan is this slot alone, at any positive price.
        double first = Double.isNaN(now) ? 1.0 : now;
        double planned = chain.lowPrecision();
        for (int e = 0; e < slopes.length && need > 0; e++) {
            double cost = first * slopes[e];
            double before = 0.0;
            double tied = 0.0;
            for (int k = 0; k < horizon; k++) {
                double i = k == 0 ? first : schedule.raw(k);
                if (Double.isNaN(i)) {
                    continue;
                }
                for (int f = 0; f < slopes.length; f++) {
                    double c = i * slopes[f];
                    if (c < cost) {
                        before += gains[f];
                    } else if (c == cost) {
                        tied += gains[f];
                    }
                }
            }
            planned += gains[e] * EngineMath.clamp((need - before) / tied, 0.0, 1.0);
        }
        mix(flavours, n, planned, out);
        out.diagnostic(HORIZON_SLOTS, horizon)
                .diagnostic(BANKED_PRECISION, banked)
                .diagnostic(PLANNED_PRECISION, planned)
                .diagnostic(CARBON_NOW, now);
    }

    /** The point of the chain at precision p as shares of its two flavours, every enabled flavour listed. */
    private void mix(FlavourSet flavours, int n, double p, Decision out) {
        double[] precision = chain.precision();
        int j = 0;
        while (j + 1 < precision.length && precision[j + 1] <= p) {
            j++;
        }
        double upper = j + 1 < precision.length ? (p - precision[j]) / (precision[j + 1] - precision[j]) : 0.0;
        upper = EngineMath.clamp(upper, 0.0, 1.0);
        out.clear();
        for (int i = 0; i < n; i++) {
            out.put(flavours.sorted(i).name(), flavours.sortedPrecision(i), 0.0);
        }
        out.put(chain.flavours()[j].name(), chain.precision()[j], 1.0 - upper);
        if (upper > 0) {
            out.put(chain.flavours()[j + 1].name(), chain.precision()[j + 1], upper);
        }
        out.normalise();
        out.computeAvgPrecision();
    }

    private static double intensityNow(ForecastSnapshot snapshot) {
        if (snapshot == null) {
            return Double.NaN;
        }
        if (snapshot.intensityNow().isPresent()) {
            return snapshot.intensityNow().getAsDouble();
        }
        ForecastSchedule s = snapshot.schedule();
        return s.isEmpty() ? Double.NaN : s.raw(0);
    }
}
