package io.carbonrouter.explorer.engine;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Stands between the engine and a strategy from a plugin: whatever the plugin does (throw, return null, return
 * NaN, infinite or negative weights, weights not summing to 1 within {@link #TOLERANCE}) becomes a
 * {@link PluginFailure} naming the plugin, the strategy and the step, before the engine uses the decision.
 */
final class PluginFence implements StrategyProvider {

    /** How far from 1 the weights of a decision may sum. */
    static final double TOLERANCE = 1e-9;

    private final StrategyProvider provider;
    private final String plugin;
    private final String name;

    private PluginFence(StrategyProvider provider, String name) {
        this.provider = provider;
        this.plugin = origin(provider);
        this.name = name;
    }

    /**
     * The provider behind a fence, after checking its name: present, one line, visible, and not a built-in's
     * (nor another plugin's) in {@code taken}.
     *
     * @throws PluginFailure when the name is refused or cannot be read
     */
    static StrategyProvider of(StrategyProvider provider, List<String> taken) {
        String plugin = origin(provider);
        String name;
        try {
            name = provider.name();
        } catch (RuntimeException | LinkageError e) {
            throw new PluginFailure(plugin, "?", "", "its name() threw " + e, e);
        }
        String problem = NameRules.problem(name);
        if (problem != null) {
            throw new PluginFailure(plugin, String.valueOf(name), "", "the strategy name " + problem, null);
        }
        if (taken.contains(name)) {
            throw new PluginFailure(plugin, name, "", "the name is taken by " + (StrategyRegistry.builtIns().contains(name)
                    ? "a built-in strategy" : "another plugin's strategy") + "; rename the plugin's strategy", null);
        }
        return new PluginFence(provider, name);
    }

    /** The plugin as the user knows it: its jar's file name and the provider's class. */
    static String origin(StrategyProvider provider) {
        String type = provider.getClass().getName();
        try {
            var source = provider.getClass().getProtectionDomain().getCodeSource();
            if (source != null && source.getLocation() != null) {
                String path = source.getLocation().getPath();
                String jar = path.substring(path.lastIndexOf('/', path.length() - 2) + 1);
                return jar + " (" + type + ")";
            }
        } catch (SecurityException e) {
            // the class alone then
        }
        return type;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        try {
            return Objects.requireNonNullElse(provider.description(), "");
        } catch (RuntimeException | LinkageError e) {
            return "";
        }
    }

    @Override
    public SchedulerPolicy create(PolicyContext context) {
        SchedulerPolicy policy;
        try {
            policy = provider.create(context);
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            throw failure(" while starting", "threw " + e, e);
        }
        if (policy == null) {
            throw failure(" while starting", "create() returned null instead of a strategy", null);
        }
        return new Fenced(policy);
    }

    private PluginFailure failure(String where, String what, Throwable cause) {
        return new PluginFailure(plugin, name, where, what, cause);
    }

    /** One fenced run of the strategy; it counts its steps to name the one that failed. */
    private final class Fenced implements SchedulerPolicy {

        private final SchedulerPolicy policy;
        private final boolean onlyEvaluate;
        private int step;

        Fenced(SchedulerPolicy policy) {
            this.policy = policy;
            this.onlyEvaluate = declaresOnlyEvaluate(policy);
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public PolicyResult evaluate(List<FlavourProfile> flavours, ForecastSnapshot snapshot) {
            Decision d = new Decision();
            evaluateInto(FlavourSet.of(flavours), snapshot, d);
            return d.toResult();
        }

        @Override
        public void evaluateInto(FlavourSet flavours, ForecastSnapshot snapshot, Decision out) {
            String where = " at step " + step;
            try {
                if (onlyEvaluate) {
                    PolicyResult r = policy.evaluate(flavours.all(), snapshot);
                    if (r == null) {
                        throw failure(where, "evaluate() returned null instead of a decision", null);
                    }
                    out.copyOf(r, flavours);
                } else {
                    policy.evaluateInto(flavours, snapshot, out);
                }
            } catch (NoEnabledFlavoursException | PluginFailure e) {
                throw e;
            } catch (RuntimeException | LinkageError | StackOverflowError e) {
                throw failure(where, "threw " + e, e);
            }
            String problem = problem(out, flavours);
            if (problem != null) {
                throw failure(where, problem, null);
            }
            step++;
        }

        @Override
        public boolean readsLedger() {
            try {
                return policy.readsLedger();
            } catch (RuntimeException | LinkageError e) {
                return true;
            }
        }

        @Override
        public List<String> diagnosticKeys() {
            try {
                return List.copyOf(policy.diagnosticKeys());
            } catch (RuntimeException | LinkageError e) {
                throw failure(" while starting", "diagnosticKeys() threw " + e, e);
            }
        }

        @Override
        public LedgerView ledger() {
            return policy.ledger();
        }
    }

    /** Why the engine cannot use the decision, or null: weights must be finite, non-negative, sum to 1. */
    static String problem(Decision d, FlavourSet flavours) {
        double sum = 0;
        for (int i = 0; i < d.size(); i++) {
            double w = d.value(i);
            String flavour = d.name(i);
            if (!Double.isFinite(w) || w < 0) {
                return "returned the weight " + w + " for flavour '" + d.name(i) + "'; weights must be finite and"
                        + " not negative";
            }
            if (flavours.all().stream().noneMatch(f -> f.name().equals(flavour))) {
                return "returned a weight for '" + flavour + "', which is no flavour of the scenario";
            }
            sum += w;
        }
        if (flavours.enabledCount() > 0 && Math.abs(sum - 1) > TOLERANCE) {
            return String.format(Locale.ROOT, "returned weights summing to %.12g; they must sum to 1 (within %s)",
                    sum, TOLERANCE);
        }
        if (!Double.isFinite(d.avgPrecision())) {
            return "returned the mean precision " + d.avgPrecision() + "; it must be a finite number";
        }
        return null;
    }

    private static boolean declaresOnlyEvaluate(SchedulerPolicy policy) {
        try {
            return policy.getClass().getMethod("evaluateInto", FlavourSet.class, ForecastSnapshot.class,
                    Decision.class).getDeclaringClass() == SchedulerPolicy.class;
        } catch (NoSuchMethodException | SecurityException e) {
            return true;
        }
    }
}
