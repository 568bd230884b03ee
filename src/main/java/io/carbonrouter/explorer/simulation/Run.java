package io.carbonrouter.explorer.simulation;

import io.carbonrouter.explorer.engine.EngineStep;
import io.carbonrouter.explorer.engine.FlavourProfile;
import io.carbonrouter.explorer.engine.PolicyConfig;
import io.carbonrouter.explorer.engine.PolicyDiagnostics;
import io.carbonrouter.explorer.engine.ScalingDirective;
import io.carbonrouter.explorer.engine.Weights;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The per-step series of a run, in primitive arrays. A {@link Simulation} records into one; everyone else
 * gets a finished copy that never changes.
 */
public final class Run {

    /** Arrays start at most this long and grow as steps come, so a streamed run stays small. */
    private static final int INITIAL_CAPACITY = 1 << 16;

    private final String policy;
    private final Optional<Instant> start;
    private final TickClock clock;
    private int size;
    private int first;
    private int[] slot;
    private double[] realised;
    private double[] intensity;
    private double[] demandWeight;
    private double[] avgPrecision;
    private double[] balance;
    private double[] velocity;
    private double[] throttle;
    private double[] creditsRatio;
    private double[] intensityRatio;
    private double[] emissions;
    private double[] baselineEmissions;
    private double[] targetPrecision;
    private double[] creditMin;
    private double[] forecast;
    private final KeyedSeries weights;
    private final KeyedSeries flavourWeights;
    private final KeyedSeries ceilings;
    private final KeyedSeries diagnostics;
    private long engineNanos;
    private RunMetrics metrics;

    Run(String policy, Optional<Instant> start, TickClock clock, int capacity) {
        this.policy = policy;
        this.start = start;
        this.clock = clock;
        int c = Math.max(1, Math.min(capacity, INITIAL_CAPACITY));
        slot = new int[c];
        realised = new double[c];
        intensity = new double[c];
        demandWeight = new double[c];
        avgPrecision = new double[c];
        balance = new double[c];
        velocity = new double[c];
        throttle = new double[c];
        creditsRatio = new double[c];
        intensityRatio = new double[c];
        emissions = new double[c];
        baselineEmissions = new double[c];
        targetPrecision = new double[c];
        creditMin = new double[c];
        forecast = new double[c];
        weights = new KeyedSeries(c);
        flavourWeights = new KeyedSeries(c);
        ceilings = new KeyedSeries(c);
        diagnostics = new KeyedSeries(c);
    }

    private Run(Run r, int steps) {
        policy = r.policy;
        start = r.start;
        clock = r.clock;
        size = steps;
        first = r.first;
        int c = Math.max(1, steps);
        slot = Arrays.copyOf(r.slot, c);
        realised = Arrays.copyOf(r.realised, c);
        intensity = Arrays.copyOf(r.intensity, c);
        demandWeight = Arrays.copyOf(r.demandWeight, c);
        avgPrecision = Arrays.copyOf(r.avgPrecision, c);
        balance = Arrays.copyOf(r.balance, c);
        velocity = Arrays.copyOf(r.velocity, c);
        throttle = Arrays.copyOf(r.throttle, c);
        creditsRatio = Arrays.copyOf(r.creditsRatio, c);
        intensityRatio = Arrays.copyOf(r.intensityRatio, c);
        emissions = Arrays.copyOf(r.emissions, c);
        baselineEmissions = Arrays.copyOf(r.baselineEmissions, c);
        targetPrecision = Arrays.copyOf(r.targetPrecision, c);
        creditMin = Arrays.copyOf(r.creditMin, c);
        forecast = Arrays.copyOf(r.forecast, c);
        weights = r.weights.copy(steps);
        flavourWeights = r.flavourWeights.copy(steps);
        ceilings = r.ceilings.copy(steps);
        diagnostics = r.diagnostics.copy(steps);
        engineNanos = r.engineNanos;
    }

    /** A finished copy of the first {@code steps} steps. */
    Run copy(int steps) {
        return new Run(this, steps);
    }

    /**
     * Records step {@code tick} (counted from the first step kept) in {@code slotIndex}; {@code carbonMix} and
     * {@code baselineCarbon} are the step's carbon factors ({@link CarbonFactors}).
     */
    void record(int tick, int slotIndex, double realisedPrecision, EngineStep step, double intensityNow,
                double demand, double carbonMix, double baselineCarbon, PolicyConfig config) {
        int t = tick - first;
        ensure(t + 1);
        Weights w = step.result().weights();
        for (int i = 0; i < w.size(); i++) {
            weights.set(t, weights.column(w.name(i)), w.value(i));
            flavourWeights.set(t, flavourWeights.column(w.name(i)), step.flavourWeights()[i]);
        }
        slot[t] = slotIndex;
        realised[t] = realisedPrecision;
        weights.touch(t);
        flavourWeights.touch(t);
        ScalingDirective s = step.scaling();
        for (int i = 0; i < s.ceilings().length; i++) {
            ceilings.set(t, ceilings.column(s.components().get(i)), s.ceilings()[i]);
        }
        ceilings.touch(t);
        PolicyDiagnostics d = step.result().diagnostics();
        for (int i = 0; i < d.size(); i++) {
            diagnostics.set(t, diagnostics.column(d.name(i)), d.raw(i));
        }
        diagnostics.touch(t);
        intensity[t] = intensityNow;
        demandWeight[t] = demand;
        avgPrecision[t] = step.result().avgPrecision();
        balance[t] = step.balance();
        velocity[t] = step.velocity();
        throttle[t] = s.throttle();
        creditsRatio[t] = s.creditsRatio();
        intensityRatio[t] = s.intensityRatio();
        emissions[t] = demand * intensityNow * carbonMix;
        baselineEmissions[t] = demand * intensityNow * baselineCarbon;
        targetPrecision[t] = config.targetPrecision();
        creditMin[t] = config.creditMin();
        size = Math.max(size, t + 1);
        metrics = null;
    }

    /** The engine's forecast for step {@code tick} (counted like {@link #record}), recorded after the step. */
    void recordForecast(int tick, double value) {
        forecast[tick - first] = value;
    }

    void truncate(int steps) {
        size = Math.min(size, steps - first);
        weights.truncate(size);
        flavourWeights.truncate(size);
        ceilings.truncate(size);
        diagnostics.truncate(size);
        metrics = null;
    }

    /** Forgets the steps recorded so far (they have been written out); the next one keeps its number. */
    void dropRecorded() {
        first += size;
        truncate(first);
    }

    void addEngineNanos(long nanos) {
        engineNanos += nanos;
    }

    private void ensure(int needed) {
        if (needed <= intensity.length) {
            return;
        }
        int c = Math.max(needed, intensity.length * 2);
        slot = Arrays.copyOf(slot, c);
        realised = Arrays.copyOf(realised, c);
        intensity = Arrays.copyOf(intensity, c);
        demandWeight = Arrays.copyOf(demandWeight, c);
        avgPrecision = Arrays.copyOf(avgPrecision, c);
        balance = Arrays.copyOf(balance, c);
        velocity = Arrays.copyOf(velocity, c);
        throttle = Arrays.copyOf(throttle, c);
        creditsRatio = Arrays.copyOf(creditsRatio, c);
        intensityRatio = Arrays.copyOf(intensityRatio, c);
        emissions = Arrays.copyOf(emissions, c);
        baselineEmissions = Arrays.copyOf(baselineEmissions, c);
        targetPrecision = Arrays.copyOf(targetPrecision, c);
        creditMin = Arrays.copyOf(creditMin, c);
        forecast = Arrays.copyOf(forecast, c);
    }

    /** Carbon factor of the first enabled flavour with the highest precision (the p100 baseline). */
    static double baselineCarbon(List<FlavourProfile> flavours) {
        FlavourProfile best = null;
        for (FlavourProfile f : flavours) {
            if (f.enabled() && (best == null || f.precision() > best.precision())) {
                best = f;
            }
        }
        return best == null ? 0.0 : best.carbonIntensity();
    }

    public String policy() {
        return policy;
    }

    public int steps() {
        return size;
    }

    public Optional<Instant> start() {
        return start;
    }

    public double slotMinutes() {
        return clock.slotSeconds() / 60.0;
    }

    /** The evaluation clock the run was started on. */
    public TickClock clock() {
        return clock;
    }

    /** The run-wide number of step 0 of this run: above 0 only for a chunk of a streamed run. */
    public int first() {
        return first;
    }

    /** Start time of step t (from the epoch when the scenario has no start). */
    public Instant timeOf(int t) {
        return clock.timeOf(start.orElse(Instant.EPOCH), first + t);
    }

    /** The forecast slot step t lies in. */
    public int slot(int t) {
        return slot[t];
    }

    /** The realised precision the ledger took before step t, NaN when no feedback ran. */
    public double realisedPrecision(int t) {
        return realised[t];
    }

    /** The actual intensity of step t (gCO2/kWh): what emissions and savings use. */
    public double intensity(int t) {
        return intensity[t];
    }

    /** What the engine was told the intensity of step t was, at step t (the actual one without a forecast). */
    public double forecast(int t) {
        return forecast[t];
    }

    /** Demand of step t as the metrics weigh it (1 without a demand curve). */
    public double demandWeight(int t) {
        return demandWeight[t];
    }

    public double avgPrecision(int t) {
        return avgPrecision[t];
    }

    public double balance(int t) {
        return balance[t];
    }

    public double velocity(int t) {
        return velocity[t];
    }

    public double throttle(int t) {
        return throttle[t];
    }

    public double creditsRatio(int t) {
        return creditsRatio[t];
    }

    public double intensityRatio(int t) {
        return intensityRatio[t];
    }

    public double emissions(int t) {
        return emissions[t];
    }

    public double baselineEmissions(int t) {
        return baselineEmissions[t];
    }

    public double targetPrecision(int t) {
        return targetPrecision[t];
    }

    public double creditMin(int t) {
        return creditMin[t];
    }

    public KeyedSeries weights() {
        return weights;
    }

    public KeyedSeries flavourWeights() {
        return flavourWeights;
    }

    public KeyedSeries ceilings() {
        return ceilings;
    }

    public KeyedSeries diagnostics() {
        return diagnostics;
    }

    /** Time spent inside the engine (strategy, ledger, throttle, integer weights), in nanoseconds. */
    public long engineNanos() {
        return engineNanos;
    }

    public RunMetrics metrics() {
        if (metrics == null) {
            metrics = RunMetrics.of(this);
        }
        return metrics;
    }
}
