package io.carbonrouter.explorer.simulation.explain;

import java.util.List;

/** Forecast-aware-global: credit-greedy adjusted by five weighted signals and the grid's zone. */
final class ForecastAwareGlobalExplainer implements StrategyExplainer {

    private static final double GREEN = 80;
    private static final double RED = 220;

    @Override
    public List<String> explain(StepFacts f) {
        List<String> out = CreditGreedyExplainer.reasoning(f);
        out.add(CreditGreedyExplainer.startingSplit(f));
        out.add("Five signals adjust it (positive cuts the baseline, negative adds to it): carbon trend "
                + Say.signed(f.diag("carbon_adjustment")) + " x 0.3, forecast lookahead "
                + Say.signed(f.diag("lookahead_adjustment")) + " x 0.3, credit pressure "
                + Say.signed(f.diag("credit_pressure")) + " x 0.2, demand trend "
                + Say.signed(f.diag("demand_adjustment")) + " x 0.1 and emissions so far "
                + Say.signed(f.diag("emissions_adjustment")) + " x 0.1" + emissionsNote(f) + ".");
        out.add(zone(f));
        out.add(effect(f));
        return out;
    }

    private static String emissionsNote(StepFacts f) {
        double count = f.diag("evaluation_count");
        if (!(count >= 10)) {
            return " (it waits for 10 steps of history)";
        }
        return " (average carbon so far " + Say.carbon(f.diag("cumulative_carbon_gco2") / count) + ")";
    }

    private static String zone(StepFacts f) {
        double now = f.diag("carbon_now");
        double z = f.diag("zone_adjustment");
        if (!(now > 0)) {
            return "Without a positive carbon reading the zone is unknown; the next slots add " + Say.signed(z) + ".";
        }
        if (now <= GREEN) {
            return "At " + Say.carbon(now) + " the grid is in the green zone (80 or less): the zone adds -0.6,"
                    + " using quality while carbon is clean.";
        }
        if (now >= RED) {
            return "At " + Say.carbon(now) + " the grid is in the red zone (220 or more): the zone adds +0.6,"
                    + " saving carbon while it is dirty.";
        }
        String near = z < 0 ? ": a green slot (80 or less) is among the next three, so it adds -0.2"
                : z > 0 ? ": a red slot (220 or more) is among the next three, so it adds +0.2"
                : ", and so are the next three slots: it adds 0";
        return "At " + Say.carbon(now) + " the grid is in the normal zone" + near + ".";
    }

    private static String effect(StepFacts f) {
        double total = f.diag("total_adjustment");
        double now = f.diag("carbon_now");
        String b = f.baseline().name();
        String from = Say.pct(Math.max(0, 1 - f.diag("allowance")));
        String to = Say.pct(f.weight(b));
        String sum = "The total, clamped to -1..1, is " + Say.signed(total);
        if (Math.abs(total) < 0.01) {
            return sum + ": too small to act on (under 0.01), so credit-greedy's split stands and " + b + " keeps "
                    + to + ".";
        }
        if (total > 0) {
            String red = now >= RED ? ", half as much again in the red zone" : "";
            String floor = now > 0 && now <= GREEN ? "0.08" : now >= RED ? "0.01" : "0.02";
            return sum + ", so the baseline is cut" + red + " (never below " + floor + ") and the cut is shared by"
                    + " credit-greedy's scores: " + b + " goes from " + from + " to " + to + ".";
        }
        String green = now > 0 && now <= GREEN ? ", half as much again in the green zone" : "";
        return sum + ", so the other flavours shrink by a factor of max(0.1, 1 + total)" + green
                + " and the baseline takes what they gave up: " + b + " goes from " + from + " to " + to + ".";
    }
}
