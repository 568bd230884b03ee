package io.carbonrouter.explorer.engine;

/**
 * Makes one kind of strategy. Built-in strategies register in {@link StrategyRegistry}; external ones are
 * found with {@link java.util.ServiceLoader}: a jar that lists its provider in
 * {@code META-INF/services/io.carbonrouter.explorer.engine.StrategyProvider} adds a strategy without
 * touching the engine.
 */
public interface StrategyProvider {

    /** The strategy's name, as {@link SchedulerPolicy#name()} returns it. */
    String name();

    /** One line saying what the strategy does. */
    String description();

    /** A fresh strategy for one run. */
    SchedulerPolicy create(PolicyContext context);

    /** A provider of the given name and description that makes each run's strategy with {@code factory}. */
    static StrategyProvider of(String name, String description,
                               java.util.function.Function<PolicyContext, SchedulerPolicy> factory) {
        return new StrategyProvider() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String description() {
                return description;
            }

            @Override
            public SchedulerPolicy create(PolicyContext context) {
                return factory.apply(context);
            }
        };
    }
}
