package io.carbonrouter.explorer.engine;

import io.carbonrouter.explorer.engine.strategies.CreditGreedyPolicy;
import io.carbonrouter.explorer.engine.strategies.ForecastAwareGlobalPolicy;
import io.carbonrouter.explorer.engine.strategies.ForecastAwarePolicy;
import io.carbonrouter.explorer.engine.strategies.P100Policy;
import io.carbonrouter.explorer.engine.strategies.PrecisionTierPolicy;
import io.carbonrouter.explorer.engine.strategies.RandomPolicy;
import io.carbonrouter.explorer.engine.strategies.RecedingHorizonPolicy;
import io.carbonrouter.explorer.engine.strategies.RoundRobinPolicy;
import io.carbonrouter.explorer.engine.strategies.historical.UpstreamVersions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Function;

/**
 * Every strategy the engine knows: the seven upstream built-ins and the explorer's receding-horizon optimiser,
 * then those found with {@link ServiceLoader} on the given class loader. A discovered strategy may not take a
 * built-in's name. Beside them, the historical versions of upstream's strategies ({@code credit-greedy@781c6d5},
 * ...: {@link UpstreamVersions}) can be named and created, but are not among {@link #names()} and
 * {@link #providers()}, so that a comparison runs today's strategies; {@link #historical()} lists them.
 */
public final class StrategyRegistry {

    private final Map<String, StrategyProvider> providers = new LinkedHashMap<>();
    private final Map<String, StrategyProvider> historical = new LinkedHashMap<>();

    private StrategyRegistry() {
    }

    /** The built-ins only. */
    public static StrategyRegistry builtIns() {
        StrategyRegistry r = new StrategyRegistry();
        r.add(builtIn(CreditGreedyPolicy.NAME,
                "Spends quality credit on greener flavours while keeping error in check", CreditGreedyPolicy::new));
        r.add(builtIn(ForecastAwarePolicy.NAME,
                "Credit-greedy tilted by the carbon trend: more quality while carbon rises",
                ForecastAwarePolicy::new));
        r.add(builtIn(ForecastAwareGlobalPolicy.NAME,
                "Credit-greedy adjusted by carbon, lookahead, credit, demand, emissions and grid zone",
                ForecastAwareGlobalPolicy::new));
        r.add(builtIn(PrecisionTierPolicy.NAME,
                "Three precision tiers shared by credit alone (not carbon-aware)", PrecisionTierPolicy::new));
        r.add(builtIn(P100Policy.NAME, "Everything on the most precise flavour (the carbon baseline)",
                P100Policy::new));
        r.add(builtIn(RoundRobinPolicy.NAME, "An equal share for every enabled flavour", RoundRobinPolicy::new));
        r.add(StrategyProvider.of(RandomPolicy.NAME, "A random split from a seeded generator (repeatable)",
                c -> new RandomPolicy(c.ledger(), c.seed())));
        r.add(builtIn(RecedingHorizonPolicy.NAME, "Explorer strategy, not upstream (export refuses it): re-plans the"
                + " offline optimum over the forecast as issued at every step and applies the first slot",
                RecedingHorizonPolicy::new));
        UpstreamVersions.providers().forEach(p -> r.historical.put(p.name(), p));
        return r;
    }

    /**
     * The built-ins plus every {@link StrategyProvider} the class loader offers, each behind a {@link PluginFence}.
     *
     * @throws PluginFailure when a provider's strategy name is refused: missing, blank, on more than one line,
     *                       or taken by a built-in or another provider
     */
    public static StrategyRegistry discover(ClassLoader loader) {
        StrategyRegistry r = builtIns();
        for (StrategyProvider p : ServiceLoader.load(StrategyProvider.class, loader)) {
            r.add(PluginFence.of(p, r.names()));
        }
        return r;
    }

    /** The same strategies without {@code name}: what a comparison still runs when one plugin failed. */
    public StrategyRegistry without(String name) {
        StrategyRegistry r = new StrategyRegistry();
        providers.values().stream().filter(p -> !p.name().equals(name)).forEach(r::add);
        return r;
    }

    /**
     * Only the named strategies, today's or historical ({@code name@commit}), in the order given: what a
     * comparison or a sweep limited to some strategies runs. Historical versions stay nameable.
     *
     * @throws IllegalArgumentException when a name is unknown or given twice, saying which
     */
    public StrategyRegistry only(List<String> names) {
        StrategyRegistry r = new StrategyRegistry();
        for (String name : names) {
            if (r.providers.containsKey(name)) {
                throw new IllegalArgumentException("'" + name + "' is named twice");
            }
            r.add(find(name).orElseThrow(() -> new IllegalArgumentException(unknown(name))));
        }
        r.historical.putAll(historical);
        return r;
    }

    /** The built-ins plus the strategies on the application class path. */
    public static StrategyRegistry standard() {
        return discover(StrategyRegistry.class.getClassLoader());
    }

    private void add(StrategyProvider provider) {
        providers.put(provider.name(), provider);
    }

    public List<String> names() {
        return Collections.unmodifiableList(new ArrayList<>(providers.keySet()));
    }

    public List<StrategyProvider> providers() {
        return List.copyOf(providers.values());
    }

    /** The historical versions of upstream's strategies, each named {@code name@commit}. */
    public List<StrategyProvider> historical() {
        return List.copyOf(historical.values());
    }

    /** Whether {@code name} is a historical version ({@code name@commit}) rather than today's strategy. */
    public boolean isHistorical(String name) {
        return historical.containsKey(name);
    }

    public boolean contains(String name) {
        return providers.containsKey(name) || historical.containsKey(name);
    }

    public Optional<StrategyProvider> find(String name) {
        return Optional.ofNullable(providers.getOrDefault(name, historical.get(name)));
    }

    /** A fresh strategy; an unknown name fails with a message listing the registered ones. */
    public SchedulerPolicy create(String name, PolicyContext context) {
        StrategyProvider p = find(name).orElse(null);
        if (p == null) {
            throw new IllegalArgumentException(unknown(name));
        }
        return p.create(context);
    }

    private String unknown(String name) {
        return "unknown policy '" + name + "'; registered: " + String.join(", ", names())
                + "; historical: " + String.join(", ", historical.keySet());
    }

    private static StrategyProvider builtIn(String name, String description,
                                            Function<LedgerView, SchedulerPolicy> factory) {
        return StrategyProvider.of(name, description, c -> factory.apply(c.ledger()));
    }
}
