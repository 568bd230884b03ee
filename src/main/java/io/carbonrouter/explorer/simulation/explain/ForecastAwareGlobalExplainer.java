package io.carbonrouter.explorer.simulation.explain;

import java.util.List;

import static io.carbonrouter.explorer.engine.strategies.CreditGreedyPolicy.ALLOWANCE;
import static io.carbonrouter.explorer.engine.strategies.CreditGreedyPolicy.CARBON_NOW;
import static io.carbonrouter.explorer.engine.strategies.ForecastAwareGlobalPolicy.CARBON_ADJUSTMENT;
import static io.carbonrouter.explorer.engine.strategies.ForecastAwareGlobalPolicy.CARBON_WEIGHT;
import static io.carbonrouter.explorer.engine.strategies.ForecastAwareGlobalPolicy.CREDIT_PRESSURE;
import static io.carbonrouter.explorer.engine.strategies.ForecastAwareGlobalPolicy.CREDIT_WEIGHT;
import static io.carbonrouter.explorer.engine.strategies.ForecastAwareGlobalPolicy.CUMULATIVE_CARBON;
import static io.carbonrouter.explorer.engine.strategies.ForecastAwareGlobalPolicy.DEMAND_ADJUSTMENT;
import static io.carbonrouter.explorer.engine.strategies.ForecastAwareGlobalPolicy.DEMAND_WEIGHT;
import static io.carbonrouter.explorer.engine.strategies.ForecastAwareGlobalPolicy.EMISSIONS_ADJUSTMENT;
import static io.carbonrouter.explorer.engine.strategies.ForecastAwareGlobalPolicy.EMISSIONS_HISTORY;
import static io.carbonrouter.explorer.engine.strategies.ForecastAwareGlobalPolicy.EMISSIONS_WEIGHT;
import static io.carbonrouter.explorer.engine.strategies.ForecastAwareGlobalPolicy.EVALUATION_COUNT;
import static io.carbonrouter.explorer.engine.strategies.ForecastAwareGlobalPolicy.FLOOR_GREEN;
import static io.carbonrouter.explorer.engine.strategies.ForecastAwareGlobalPolicy.FLOOR_NORMAL;
import static io.carbonrouter.explorer.engine.strategies.ForecastAwareGlobalPolicy.FLOOR_RED;
import static io.carbonrouter.explorer.engine.strategies.ForecastAwareGlobalPolicy.GREEN;
import static io.carbonrouter.explorer.engine.strategies.ForecastAwareGlobalPolicy.LOOKAHEAD_ADJUSTMENT;
import static io.carbonrouter.explorer.engine.strategies.ForecastAwareGlobalPolicy.LOOKAHEAD_WEIGHT;
import static io.carbonrouter.explorer.engine.strategies.ForecastAwareGlobalPolicy.MIN_FACTOR;
import static io.carbonrouter.explorer.engine.strategies.ForecastAwareGlobalPolicy.MIN_TOTAL;
import static io.carbonrouter.explorer.engine.strategies.ForecastAwareGlobalPolicy.RED;
import static io.carbonrouter.explorer.engine.strategies.ForecastAwareGlobalPolicy.TOTAL_ADJUSTMENT;
import static io.carbonrouter.explorer.engine.strategies.ForecastAwareGlobalPolicy.ZONE_ADJUSTMENT;
import static io.carbonrouter.explorer.engine.strategies.ForecastAwareGlobalPolicy.ZONE_AHEAD;
import static io.carbonrouter.explorer.engine.strategies.ForecastAwareGlobalPolicy.ZONE_BOOST;
import static io.carbonrouter.explorer.engine.strategies.ForecastAwareGlobalPolicy.ZONE_LOOKAHEAD;
import static io.carbonrouter.explorer.engine.strategies.ForecastAwareGlobalPolicy.ZONE_NOW;

/** Forecast-aware-global: credit-greedy adjusted by five weighted signals and the grid's zone. */
final class ForecastAwareGlobalExplainer implements StrategyExplainer {

    @Override
    public List<String> explain(StepFacts f) {
        List<String> out = CreditGreedyExplainer.reasoning(f);
        out.add(CreditGreedyExplainer.startingSplit(f));
        out.add("Five signals adjust it (positive cuts the baseline, negative adds to it): carbon trend "
                + weighted(f, CARBON_ADJUSTMENT, CARBON_WEIGHT) + ", forecast lookahead "
                + weighted(f, LOOKAHEAD_ADJUSTMENT, LOOKAHEAD_WEIGHT) + ", credit pressure "
                + weighted(f, CREDIT_PRESSURE, CREDIT_WEIGHT) + ", demand trend "
                + weighted(f, DEMAND_ADJUSTMENT, DEMAND_WEIGHT) + " and emissions so far "
                + weighted(f, EMISSIONS_ADJUSTMENT, EMISSIONS_WEIGHT) + emissionsNote(f) + ".");
        out.add(zone(f));
        out.add(effect(f));
        return out;
    }

    private static String boost() {
        return Say.num(ZONE_BOOST) + " times as much";
    }

    private static String weighted(StepFacts f, String signal, double weight) {
        return Say.signed(f.diag(signal)) + " x " + Say.num(weight);
    }

    private static String emissionsNote(StepFacts f) {
        double count = f.diag(EVALUATION_COUNT);
        if (!(count >= EMISSIONS_HISTORY)) {
            return " (it waits for " + EMISSIONS_HISTORY + " steps of history)";
        }
        return " (average carbon so far " + Say.carbon(f.diag(CUMULATIVE_CARBON) / count) + ")";
    }

    private static String zone(StepFacts f) {
        double now = f.diag(CARBON_NOW);
        double z = f.diag(ZONE_ADJUSTMENT);
        if (!(now > 0)) {
            return "Without a positive carbon reading the zone is unknown; the next slots add " + Say.signed(z) + ".";
        }
        String green = "(" + Say.num(GREEN) + " or less)";
        String red = "(" + Say.num(RED) + " or more)";
        if (now <= GREEN) {
            return "At " + Say.carbon(now) + " the grid is in the green zone " + green + ": the zone adds "
                    + Say.signed(-ZONE_NOW) + ", using quality while carbon is clean.";
        }
        if (now >= RED) {
            return "At " + Say.carbon(now) + " the grid is in the red zone " + red + ": the zone adds "
                    + Say.signed(ZONE_NOW) + ", saving carbon while it is dirty.";
        }
        String next = "the next " + ZONE_LOOKAHEAD + " slots";
        String near = z < 0 ? ": a green slot " + green + " is among " + next + ", so it adds "
                + Say.signed(-ZONE_AHEAD)
                : z > 0 ? ": a red slot " + red + " is among " + next + ", so it adds " + Say.signed(ZONE_AHEAD)
                : ", and so are " + next + ": it adds 0";
        return "At " + Say.carbon(now) + " the grid is in the normal zone" + near + ".";
    }

    private static String effect(StepFacts f) {
        double total = f.diag(TOTAL_ADJUSTMENT);
        double now = f.diag(CARBON_NOW);
        String b = f.baseline().name();
        String from = Say.pct(Math.max(0, 1 - f.diag(ALLOWANCE)));
        String to = Say.pct(f.weight(b));
        String sum = "The total, clamped to -1..1, is " + Say.signed(total);
        if (Math.abs(total) < MIN_TOTAL) {
            return sum + ": too small to act on (under " + Say.num(MIN_TOTAL) + "), so credit-greedy's split stands"
                    + " and " + b + " keeps " + to + ".";
        }
        if (total > 0) {
            String red = now >= RED ? ", " + boost() + " in the red zone" : "";
            String floor = Say.num(now > 0 && now <= GREEN ? FLOOR_GREEN : now >= RED ? FLOOR_RED : FLOOR_NORMAL);
            return sum + ", so the baseline is cut" + red + " (never below " + floor + ") and the cut is shared by"
                    + " credit-greedy's scores: " + b + " goes from " + from + " to " + to + ".";
        }
        String green = now > 0 && now <= GREEN ? ", " + boost() + " in the green zone" : "";
        return sum + ", so the other flavours shrink by a factor of max(" + Say.num(MIN_FACTOR) + ", 1 + total)"
                + green
                + " and the baseline takes what they gave up: " + b + " goes from " + from + " to " + to + ".";
    }
}
