package io.carbonrouter.explorer.simulation.explain;

import java.util.List;

/** Forecast-aware: credit-greedy, then a tilt by the carbon trend to the next slot. */
final class ForecastAwareExplainer implements StrategyExplainer {

    @Override
    public List<String> explain(StepFacts f) {
        List<String> out = CreditGreedyExplainer.reasoning(f);
        out.add(CreditGreedyExplainer.startingSplit(f));
        String b = f.baseline().name();
        double bw = f.weight(b);
        if (f.diagnostic("trend").isEmpty()) {
            out.add("Carbon changes by less than 15 gCO2/kWh to the next slot, so there is no tilt: "
                    + b + " keeps " + Say.pct(bw) + ".");
            return out;
        }
        double trend = f.diag("trend");
        double k = Math.abs(f.diag("adjustment"));
        double now = f.diag("carbon_now");
        String direction = trend > 0
                ? "rise by " + Say.carbon(trend) + " to " + Say.carbon(now + trend) + " next slot, so the tilt moves"
                        + " up to " + Say.num(k) + " of the traffic toward the baseline, spending quality now while"
                        + " carbon is cheaper than it will be"
                : "fall by " + Say.carbon(-trend) + " to " + Say.carbon(now + trend) + " next slot, so the tilt"
                        + " moves up to " + Say.num(k) + " of the traffic away from the baseline, saving quality for"
                        + " the cleaner slot ahead";
        out.add("Carbon is forecast to " + direction + " (k = min(0.15, |trend| / now x 0.25)). " + b + " ends at "
                + Say.pct(bw) + ".");
        return out;
    }
}
