package io.carbonrouter.explorer.ui.common;

import io.carbonrouter.explorer.ui.chart.SeriesColor;

import java.util.List;

/** One colour per strategy, by its place in the registry, so a strategy looks the same in every table and plot. */
public final class StrategyColors {

    private final List<String> policies;

    public StrategyColors(List<String> policies) {
        this.policies = List.copyOf(policies);
    }

    /** A strategy's colour; one the registry does not know takes the next free one. */
    public SeriesColor of(String policy) {
        int i = policies.indexOf(policy);
        return UiColors.strategy(i >= 0 ? i : policies.size());
    }
}
