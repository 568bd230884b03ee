package io.carbonrouter.explorer.simulation.compare;

import io.carbonrouter.explorer.engine.EfficientChain;
import io.carbonrouter.explorer.engine.FlavourProfile;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.TickClock;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The exact offline optimum: with perfect foresight, the least emissions any per-slot mix of the enabled
 * flavours can reach while the demand-weighted mean precision stays at or above a target P. That is the
 * linear program
 * <pre>
 *   minimise  sum_t D_t I_t sum_f x_tf c_f
 *   such that sum_f x_tf = 1, x_tf >= 0, sum_t D_t sum_f x_tf p_f >= P sum_t D_t
 * </pre>
 * solved by a Lagrangian greedy instead of a general LP library: every slot's best mix lies on the
 * flavours' {@link EfficientChain}; moving slot t along chain edge k buys {@code D_t * dp_k} precision for
 * {@code D_t * I_t * dc_k} emissions, {@code I_t * slope_k} per unit. Starting from the cheapest mix
 * everywhere and buying precision cheapest first is a fractional knapsack, which is optimal for this LP
 * (the per-slot costs are convex), so the whole frontier comes out of one sort.
 */
public final class OfflineOptimum {

    private OfflineOptimum() {
    }

    /**
     * The frontier over the scenario's evaluations, with its demand (1 per slot without a curve) and
     * wrapping. In the deployed loop each tick is a decision carrying its share of its slot's demand; ticks
     * of one slot share its intensity, so they are pooled per slot.
     */
    public static SavingsFrontier frontier(Scenario scenario) {
        int n = scenario.intensity().length;
        TickClock clock = scenario.clock();
        // A start offset into the curve moves the visited slots: they run from the first tick's to the last's.
        boolean offset = clock.offsetSeconds() != 0 && clock.ticks() > 0;
        int first = offset ? clock.slotOf(0) : 0;
        int steps = offset ? clock.slotOf(clock.ticks() - 1) - first + 1 : scenario.effectiveSteps();
        double[] demand = new double[steps];
        double[] intensity = new double[steps];
        for (int t = 0; t < steps; t++) {
            int i = scenario.repeat() ? (first + t) % n : first + t;
            intensity[t] = scenario.intensity()[i];
        }
        for (int k = 0; k < clock.ticks(); k++) {
            int t = clock.slotOf(k) - first;
            int i = scenario.repeat() ? (first + t) % n : first + t;
            demand[t] += (scenario.hasDemand() ? scenario.demand()[i] : 1.0) * clock.share();
        }
        return frontier(demand, intensity, scenario.flavours());
    }

    /**
     * The frontier over explicit slots: demand weights and intensities (finite, >= 0, same length) and the
     * flavours (at least one enabled; disabled ones are ignored).
     */
    public static SavingsFrontier frontier(double[] demand, double[] intensity, List<FlavourProfile> flavours) {
        if (demand.length != intensity.length) {
            throw new IllegalArgumentException("demand has " + demand.length + " slots but intensity has "
                    + intensity.length);
        }
        EfficientChain chain = EfficientChain.of(flavours);
        // Slots with the same intensity cost the same per unit of precision: pool their demand.
        Map<Double, Double> demandByIntensity = new TreeMap<>();
        double totalDemand = 0;
        double carbonWeight = 0;
        for (int t = 0; t < demand.length; t++) {
            if (demand[t] > 0) {
                demandByIntensity.merge(intensity[t], demand[t], Double::sum);
                totalDemand += demand[t];
                carbonWeight += demand[t] * intensity[t];
            }
        }
        List<Purchase> purchases = purchases(chain, demandByIntensity);
        FlavourProfile top = topFlavour(flavours);
        double baseline = top.carbonIntensity() * carbonWeight;
        return build(chain, purchases, totalDemand, carbonWeight, baseline, top.name());
    }

    /** Moving the pooled slots of one intensity along one chain edge. */
    private record Purchase(double unitCost, int edge, double precisionGain, double extraEmissions) {
    }

    private static List<Purchase> purchases(EfficientChain chain, Map<Double, Double> demandByIntensity) {
        List<Purchase> out = new ArrayList<>(demandByIntensity.size() * chain.edges());
        for (Map.Entry<Double, Double> slot : demandByIntensity.entrySet()) {
            double i = slot.getKey();
            double d = slot.getValue();
            for (int k = 0; k < chain.edges(); k++) {
                double dp = chain.precision()[k + 1] - chain.precision()[k];
                double dc = chain.carbon()[k + 1] - chain.carbon()[k];
                out.add(new Purchase(i * chain.slope(k), k, d * dp, d * i * dc));
            }
        }
        // Within one intensity the edges must be bought in chain order; at zero intensity they all cost 0.
        out.sort(Comparator.comparingDouble(Purchase::unitCost).thenComparingInt(Purchase::edge));
        return out;
    }

    private static SavingsFrontier build(EfficientChain chain, List<Purchase> purchases, double totalDemand,
                                         double carbonWeight, double baseline, String topName) {
        double[] precision = new double[purchases.size() + 2];
        double[] emissions = new double[precision.length];
        precision[0] = chain.lowPrecision();
        emissions[0] = chain.carbon()[0] * carbonWeight;
        int n = 1;
        double bought = 0;
        double extra = 0;
        for (int j = 0; j < purchases.size(); j++) {
            Purchase p = purchases.get(j);
            bought += p.precisionGain();
            extra += p.extraEmissions();
            boolean sameCostNext = j + 1 < purchases.size() && purchases.get(j + 1).unitCost() == p.unitCost();
            if (!sameCostNext) {
                precision[n] = chain.lowPrecision() + bought / totalDemand;
                emissions[n] = emissions[0] + extra;
                n++;
            }
        }
        double topCarbon = chain.carbon()[chain.vertices() - 1] * carbonWeight;
        if (n == 1 && chain.vertices() > 1) {
            n++;
        }
        if (n > 1) {
            // The last corner is the top flavour everywhere: set it exactly rather than as a rounded sum.
            precision[n - 1] = chain.topPrecision();
            emissions[n - 1] = topCarbon;
        }
        return new SavingsFrontier(Arrays.copyOf(precision, n), Arrays.copyOf(emissions, n), baseline, topName);
    }

    /** The first enabled flavour with the highest precision: the p100 baseline of the run metrics. */
    private static FlavourProfile topFlavour(List<FlavourProfile> flavours) {
        FlavourProfile best = null;
        for (FlavourProfile f : flavours) {
            if (f.enabled() && (best == null || f.precision() > best.precision())) {
                best = f;
            }
        }
        return best;
    }
}
