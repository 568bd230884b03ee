package io.carbonrouter.explorer.engine.strategies;

import io.carbonrouter.explorer.engine.Decision;
import io.carbonrouter.explorer.engine.EngineMath;
import io.carbonrouter.explorer.engine.FlavourSet;
import io.carbonrouter.explorer.engine.ForecastSnapshot;
import io.carbonrouter.explorer.engine.LedgerView;

import java.util.List;

/**
 * Spends quality credit on greener flavours: the fuller the ledger and the dirtier the grid, the more traffic
 * leaves the baseline, shared by carbon gain per unit of error.
 */
public final class CreditGreedyPolicy extends BuiltInPolicy {

    public static final String NAME = "credit-greedy";

    /** Carbon intensity (gCO2/kWh) at or below which the grid counts as clean: the multiplier is lowest. */
    public static final double CARBON_CLEAN = 80.0;
    /** How far above {@link #CARBON_CLEAN} the multiplier reaches its highest (clean + span is dirty). */
    public static final double CARBON_SPAN = 200.0;
    /** The carbon multiplier on a clean grid. */
    public static final double MULTIPLIER_MIN = 0.3;
    /** How much the multiplier grows from clean to dirty. */
    public static final double MULTIPLIER_RANGE = 1.7;
    /** The most traffic that may leave the baseline. */
    public static final double ALLOWANCE_CAP = 0.95;
    /** In debt the base allowance shrinks by {@code max(DEBT_FLOOR, 1 - DEBT_WEIGHT * debt)}. */
    public static final double DEBT_FLOOR = 0.2;
    public static final double DEBT_WEIGHT = 0.5;

    public static final String CREDIT_BALANCE = "credit_balance";
    public static final String BASE_ALLOWANCE = "base_allowance";
    public static final String CARBON_MULTIPLIER = "carbon_multiplier";
    public static final String ALLOWANCE = "allowance";
    public static final String AVG_PRECISION = "avg_precision";
    public static final String CARBON_NOW = "carbon_now";
    public static final String NORMALISED_CREDIT = "normalised_credit";
    public static final String CARBON_RATIO = "carbon_ratio";
    /** Every diagnostic it reports, in order. */
    public static final List<String> DIAGNOSTICS = List.of(CREDIT_BALANCE, BASE_ALLOWANCE, CARBON_MULTIPLIER,
            ALLOWANCE, AVG_PRECISION, CARBON_NOW, NORMALISED_CREDIT, CARBON_RATIO);

    public CreditGreedyPolicy(LedgerView ledger) {
        super(NAME, ledger, DIAGNOSTICS);
    }

    /** Puts the baseline first, then the others by precision, and reports its diagnostics. */
    @Override
    public void evaluateInto(FlavourSet flavours, ForecastSnapshot snapshot, Decision out) {
        int n = flavours.enabledCount();
        LedgerView ledger = ledger();
        double balance = ledger.balance();
        double creditMin = ledger.creditMin();
        double span = ledger.creditMax() - creditMin;
        if (span == 0.0) {
            span = 1.0;
        }
        double normalised = (balance - creditMin) / span;
        double base = EngineMath.clamp(normalised, 0.0, 1.0);
        if (balance < 0 && creditMin < 0) {
            double debt = EngineMath.min(1.0, Math.abs(balance) / Math.abs(creditMin));
            base *= EngineMath.max(DEBT_FLOOR, 1.0 - DEBT_WEIGHT * debt);
        }
        boolean hasNow = snapshot != null && snapshot.intensityNow().isPresent();
        double now = hasNow ? snapshot.intensityNow().getAsDouble() : Double.NaN;
        double ratio = hasNow ? EngineMath.clamp((now - CARBON_CLEAN) / CARBON_SPAN, 0.0, 1.0) : Double.NaN;
        double multiplier = hasNow ? MULTIPLIER_MIN + MULTIPLIER_RANGE * ratio : 1.0;
        double allowance = EngineMath.clamp(base * multiplier, 0.0, ALLOWANCE_CAP);

        out.clear();
        out.put(flavours.sorted(0).name(), flavours.sortedPrecision(0), EngineMath.max(0.0, 1.0 - allowance));
        double scoreSum = flavours.scoreSum();
        for (int i = 1; i < n; i++) {
            // allowance * (score / sum), in the engine's order: a share that lands on a tie must round as it does
            out.put(flavours.sorted(i).name(), flavours.sortedPrecision(i), allowance * (flavours.score(i) / scoreSum));
        }
        out.normalise();
        double avg = out.computeAvgPrecision();
        out.diagnostic(CREDIT_BALANCE, balance)
                .diagnostic(BASE_ALLOWANCE, base)
                .diagnostic(CARBON_MULTIPLIER, multiplier)
                .diagnostic(ALLOWANCE, allowance)
                .diagnostic(AVG_PRECISION, avg)
                .diagnostic(CARBON_NOW, now)
                .diagnostic(NORMALISED_CREDIT, normalised)
                .diagnostic(CARBON_RATIO, ratio);
    }
}
