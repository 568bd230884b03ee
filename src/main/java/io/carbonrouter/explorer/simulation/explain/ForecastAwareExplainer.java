package io.carbonrouter.explorer.simulation.explain;

import java.util.List;

import static io.carbonrouter.explorer.engine.strategies.CreditGreedyPolicy.CARBON_NOW;
import static io.carbonrouter.explorer.engine.strategies.ForecastAwarePolicy.ADJUSTMENT;
import static io.carbonrouter.explorer.engine.strategies.ForecastAwarePolicy.MAX_TILT;
import static io.carbonrouter.explorer.engine.strategies.ForecastAwarePolicy.MIN_TREND;
import static io.carbonrouter.explorer.engine.strategies.ForecastAwarePolicy.TILT_RATE;
import static io.carbonrouter.explorer.engine.strategies.ForecastAwarePolicy.TREND;

/** Forecast-aware: credit-greedy, then a tilt by the carbon trend to the next slot. */
final class ForecastAwareExplainer implements StrategyExplainer {

    @Override
    public List<String> explain(StepFacts f) {
        List<String> out = CreditGreedyExplainer.reasoning(f);
        out.add(CreditGreedyExplainer.startingSplit(f));
        String b = f.baseline().name();
        double bw = f.weight(b);
        if (Double.isNaN(f.diag(TREND))) {
            out.add("Carbon changes by less than " + Say.carbon(MIN_TREND) + " to the next slot, so there is no"
                    + " tilt: " + b + " keeps " + Say.pct(bw) + ".");
            return out;
        }
        double trend = f.diag(TREND);
        double k = Math.abs(f.diag(ADJUSTMENT));
        double now = f.diag(CARBON_NOW);
        String direction = trend > 0
                ? "rise by " + Say.carbon(trend) + " to " + Say.carbon(now + trend) + " next slot, so the tilt moves"
                        + " up to " + Say.num(k) + " of the traffic toward the baseline, spending quality now while"
                        + " carbon is cheaper than it will be"
                : "fall by " + Say.carbon(-trend) + " to " + Say.carbon(now + trend) + " next slot, so the tilt"
                        + " moves up to " + Say.num(k) + " of the traffic away from the baseline, saving quality for"
                        + " the cleaner slot ahead";
        out.add("Carbon is forecast to " + direction + " (k = min(" + Say.num(MAX_TILT) + ", |trend| / now x "
                + Say.num(TILT_RATE) + ")). " + b + " ends at " + Say.pct(bw) + ".");
        return out;
    }
}
