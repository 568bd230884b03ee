package io.carbonrouter.explorer.simulation;

import io.carbonrouter.explorer.engine.ComponentBound;
import io.carbonrouter.explorer.engine.FlavourProfile;
import io.carbonrouter.explorer.engine.PolicyConfig;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The inputs of a run, one format for the GUI, the command line and the tests (README "Scenario files").
 * Flavours are stored normalised (precision in [0, 1]). Curves are never modified in place: a change makes
 * a new scenario. {@code demand} is empty when the scenario has no demand curve; {@code loop} is empty
 * for one evaluation per slot. {@code intensity} is the actual grid (emissions and savings use it); the
 * engine sees {@code forecast} (empty: the actual curve) or the actual curve plus the errors of
 * {@code forecastError}, never both. {@code energy} is
 * {@link Energy#NONE} when emissions stay in relative units. {@code budget} is a carbon budget for the
 * comparison (empty: none); runs ignore it.
 */
public record Scenario(
        String name,
        String description,
        String policy,
        long seed,
        PolicyConfig config,
        DeploymentSettings deployment,
        List<FlavourProfile> flavours,
        List<ComponentBound> componentBounds,
        double[] intensity,
        double[] demand,
        double slotMinutes,
        Optional<Instant> start,
        boolean repeat,
        OptionalInt steps,
        int horizonSlots,
        double initialBalance,
        Optional<DeploymentLoop> loop,
        double[] forecast,
        Optional<ForecastError> forecastError,
        Energy energy,
        Optional<Budget> budget) {

    public static final String DEFAULT_POLICY = "credit-greedy";
    public static final int DEFAULT_SLOT_MINUTES = 30;
    public static final int DEFAULT_HORIZON = 96;
    public static final List<FlavourProfile> DEFAULT_FLAVOURS = List.of(
            new FlavourProfile("precision-100", 1.0, 1.0, true),
            new FlavourProfile("precision-50", 0.5, 0.6, true),
            new FlavourProfile("precision-30", 0.3, 0.3, true));

    public Scenario {
        Objects.requireNonNull(name);
        Objects.requireNonNull(description);
        Objects.requireNonNull(policy);
        Objects.requireNonNull(config);
        Objects.requireNonNull(deployment);
        flavours = List.copyOf(flavours);
        componentBounds = List.copyOf(componentBounds);
        Objects.requireNonNull(intensity);
        Objects.requireNonNull(demand);
        Objects.requireNonNull(start);
        Objects.requireNonNull(steps);
        Objects.requireNonNull(loop);
        Objects.requireNonNull(forecast);
        Objects.requireNonNull(forecastError);
        Objects.requireNonNull(energy);
        Objects.requireNonNull(budget);
    }

    /** A scenario with every default and the given intensity curve. */
    public static Scenario of(double... intensity) {
        return builder().intensity(intensity).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public boolean hasDemand() {
        return demand.length > 0;
    }

    /** Whether the engine sees a forecast curve of its own instead of the actual intensity. */
    public boolean hasForecast() {
        return forecast.length > 0;
    }

    /** A copy whose engine sees the actual curve: no forecast curve and no error model. */
    public Scenario withPerfectForecast() {
        return toBuilder().forecast().forecastError(Optional.empty()).build();
    }

    /** The number of steps a run takes: {@code steps} if given, else the length of the intensity curve. */
    public int effectiveSteps() {
        return steps.orElse(intensity.length);
    }

    /** The evaluation clock: the deployment loop's ticks, or one evaluation per slot without one. */
    public TickClock clock() {
        return TickClock.of(this);
    }

    /** A copy that runs another strategy. */
    public Scenario withPolicy(String newPolicy) {
        return toBuilder().policy(newPolicy).build();
    }

    public Scenario withConfig(PolicyConfig newConfig) {
        return toBuilder().config(newConfig).build();
    }

    /** Builds scenarios field by field, starting from the engine's defaults ({@link PolicyConfig}). */
    public static final class Builder {
        private String name = "";
        private String description = "";
        private String policy = DEFAULT_POLICY;
        private long seed;
        private PolicyConfig config = PolicyConfig.DEFAULTS;
        private DeploymentSettings deployment = DeploymentSettings.NONE;
        private List<FlavourProfile> flavours = DEFAULT_FLAVOURS;
        private List<ComponentBound> componentBounds = List.of();
        private double[] intensity = new double[0];
        private double[] demand = new double[0];
        private double slotMinutes = DEFAULT_SLOT_MINUTES;
        private Optional<Instant> start = Optional.empty();
        private boolean repeat;
        private OptionalInt steps = OptionalInt.empty();
        private int horizonSlots = DEFAULT_HORIZON;
        private double initialBalance;
        private Optional<DeploymentLoop> loop = Optional.empty();
        private double[] forecast = new double[0];
        private Optional<ForecastError> forecastError = Optional.empty();
        private Energy energy = Energy.NONE;
        private Optional<Budget> budget = Optional.empty();

        private Builder() {
        }

        private Builder(Scenario s) {
            name = s.name;
            description = s.description;
            policy = s.policy;
            seed = s.seed;
            config = s.config;
            deployment = s.deployment;
            flavours = s.flavours;
            componentBounds = s.componentBounds;
            intensity = s.intensity;
            demand = s.demand;
            slotMinutes = s.slotMinutes;
            start = s.start;
            repeat = s.repeat;
            steps = s.steps;
            horizonSlots = s.horizonSlots;
            initialBalance = s.initialBalance;
            loop = s.loop;
            forecast = s.forecast;
            forecastError = s.forecastError;
            energy = s.energy;
            budget = s.budget;
        }

        public Builder name(String v) {
            name = v;
            return this;
        }

        public Builder description(String v) {
            description = v;
            return this;
        }

        public Builder policy(String v) {
            policy = v;
            return this;
        }

        public Builder seed(long v) {
            seed = v;
            return this;
        }

        public Builder config(PolicyConfig v) {
            config = v;
            return this;
        }

        public Builder deployment(DeploymentSettings v) {
            deployment = v;
            return this;
        }

        public Builder flavours(List<FlavourProfile> v) {
            flavours = v;
            return this;
        }

        public Builder componentBounds(List<ComponentBound> v) {
            componentBounds = v;
            return this;
        }

        public Builder intensity(double... v) {
            intensity = v;
            return this;
        }

        public Builder demand(double... v) {
            demand = v;
            return this;
        }

        public Builder slotMinutes(double v) {
            slotMinutes = v;
            return this;
        }

        public Builder start(Optional<Instant> v) {
            start = v;
            return this;
        }

        public Builder repeat(boolean v) {
            repeat = v;
            return this;
        }

        public Builder steps(OptionalInt v) {
            steps = v;
            return this;
        }

        public Builder horizonSlots(int v) {
            horizonSlots = v;
            return this;
        }

        public Builder initialBalance(double v) {
            initialBalance = v;
            return this;
        }

        public Builder loop(Optional<DeploymentLoop> v) {
            loop = v;
            return this;
        }

        /** What the engine sees instead of the actual intensity; none (empty) means the actual curve. */
        public Builder forecast(double... v) {
            forecast = v;
            return this;
        }

        public Builder forecastError(Optional<ForecastError> v) {
            forecastError = v;
            return this;
        }

        public Builder energy(Energy v) {
            energy = v;
            return this;
        }

        /** A carbon budget the comparison searches each strategy's precision for; empty for none. */
        public Builder budget(Optional<Budget> v) {
            budget = v;
            return this;
        }

        public Scenario build() {
            return new Scenario(name, description, policy, seed, config, deployment, flavours, componentBounds,
                    intensity, demand, slotMinutes, start, repeat, steps, horizonSlots, initialBalance,
                    loop, forecast, forecastError, energy, budget);
        }
    }
}
