package io.carbonrouter.explorer.simulation;

import io.carbonrouter.explorer.engine.Decision;
import io.carbonrouter.explorer.engine.FlavourProfile;
import io.carbonrouter.explorer.engine.StepBuffer;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The per-step series of a run, in {@link Column}s sized once at the run's length (its clock knows it):
 * nothing doubles, nothing is copied at the end. What a step's settings and slot decide is not stored per step:
 * the slot, the intensity, the forecast, the demand, the p100 emissions, the target precision and creditMin are
 * computed again, by the same arithmetic, from the settings in force at the step (an {@link Era}: one per live
 * edit). A series that holds over steps costs about a quarter of a byte a step, one that changes every step 8
 * (4 for whole numbers); a deployed year with feedback every tick comes to about 130 bytes a tick.
 *
 * <p>A {@link Simulation} records into one and only ever writes past its last step, so {@link #view} hands out
 * the steps so far without copying them: they never change under the view.
 */
public final class Run {

    /** Settings in force from run-wide tick {@code from} on, until the next era. */
    record Era(int from, TickClock clock, SnapshotBuilder snapshots, double targetPrecision, double creditMin,
               double baselineCarbon) {
    }

    private static final int REALISED = 0;
    private static final int AVG_PRECISION = 1;
    private static final int BALANCE = 2;
    private static final int VELOCITY = 3;
    private static final int THROTTLE = 4;
    private static final int CREDITS_RATIO = 5;
    private static final int INTENSITY_RATIO = 6;
    private static final int EMISSIONS = 7;
    private static final int SERIES = 8;
    /** With a cluster model only: requests served, their precision and the p100 emissions of the same requests. */
    private static final int SERVED = 8;
    private static final int SERVED_PRECISION = 9;
    private static final int SERVED_BASELINE = 10;
    /** The intensity the engine was told at the step's evaluation (its carbon_now gauge, the cache included). */
    private static final int GAUGE = 11;
    private static final int SERVED_SERIES = 12;

    private final String policy;
    private final Optional<Instant> start;
    private final TickClock clock;
    private int size;
    private int first;
    private int capacity;
    private Era[] eras;
    private Object recording = new Object();
    /** The per-step series, indexed by the constants above; replaced (never changed below a view) on a resize. */
    private Column[] series;
    private final KeyedSeries weights;
    private final KeyedSeries flavourWeights;
    private final KeyedSeries ceilings;
    private final KeyedSeries diagnostics;
    /** With a cluster model only: the requests the metrics poll counts in the step's interval, by flavour. */
    private final KeyedSeries counted;
    private long engineNanos;
    private RunMetrics metrics;

    /** A run of {@code capacity} steps (exactly: a streamed run's chunk, or a whole run's ticks). */
    Run(String policy, Optional<Instant> start, TickClock clock, int capacity, Era era) {
        this(policy, start, clock, capacity, era, false);
    }

    /** As above; with {@code served}, the run also keeps what the cluster model served at each step. */
    Run(String policy, Optional<Instant> start, TickClock clock, int capacity, Era era, boolean served) {
        this.policy = policy;
        this.start = start;
        this.clock = clock;
        this.eras = new Era[] {era};
        this.capacity = Math.max(1, capacity);
        int c = this.capacity;
        series = new Column[served ? SERVED_SERIES : SERIES];
        for (int k = 0; k < series.length; k++) {
            series[k] = new Column(c, false);
        }
        weights = new KeyedSeries(c, false);
        flavourWeights = new KeyedSeries(c, true);
        ceilings = new KeyedSeries(c, true);
        diagnostics = new KeyedSeries(c, false, () -> Arrays.copyOfRange(series, AVG_PRECISION, EMISSIONS));
        counted = served ? new KeyedSeries(c, false) : null;
    }

    private Run(Run r, int steps) {
        policy = r.policy;
        start = r.start;
        clock = r.clock;
        size = steps;
        first = r.first;
        capacity = r.capacity;
        eras = r.eras;
        recording = r.recording;
        series = new Column[r.series.length];
        for (int k = 0; k < series.length; k++) {
            series[k] = r.series[k].view(steps);
        }
        weights = r.weights.view(steps);
        flavourWeights = r.flavourWeights.view(steps);
        ceilings = r.ceilings.view(steps);
        diagnostics = r.diagnostics.view(steps);
        counted = r.counted == null ? null : r.counted.view(steps);
        engineNanos = r.engineNanos;
    }

    /** The first {@code steps} steps as they are now, sharing the arrays (the recording goes on past them). */
    Run view(int steps) {
        return new Run(this, Math.min(steps, size));
    }

    /** Whether this run and {@code other} are views of one recording: the shorter's steps are the longer's. */
    public boolean sameRecording(Run other) {
        return other != null && other.recording == recording && other.first == first;
    }

    /**
     * The identity of the recording this run is a view of: views with the same one agree on every step below
     * the shorter's length (a new one after a rewind or a resize).
     */
    public Object recording() {
        return recording;
    }

    /** New settings from run-wide tick {@code from} on (a live edit). */
    void startEra(Era era) {
        Era[] more = Arrays.copyOf(eras, eras.length + 1);
        more[eras.length] = era;
        eras = more;
    }

    /**
     * Records step {@code tick} (run-wide) from the engine's buffer: {@code realisedPrecision} is what the
     * ledger took before it (NaN for none), {@code components} names the buffer's ceilings.
     */
    void record(int tick, double realisedPrecision, StepBuffer step, List<String> components, double stepEmissions) {
        int t = tick - first;
        if (t >= capacity) {
            reserve(Math.max(t + 1, capacity + (capacity >> 1)));
        }
        if (t < size) {
            truncate(first + t);
        }
        Decision d = step.decision();
        series[REALISED].append(t, realisedPrecision);
        series[AVG_PRECISION].append(t, d.avgPrecision());
        series[BALANCE].append(t, step.balance());
        series[VELOCITY].append(t, step.velocity());
        series[THROTTLE].append(t, step.throttle());
        series[CREDITS_RATIO].append(t, step.creditsRatio());
        series[INTENSITY_RATIO].append(t, step.intensityRatio());
        series[EMISSIONS].append(t, stepEmissions);
        weights.begin(t);
        flavourWeights.begin(t);
        for (int i = 0; i < d.size(); i++) {
            weights.set(t, weights.column(d.name(i)), d.value(i));
            flavourWeights.set(t, flavourWeights.column(d.name(i)), step.flavourWeight(i));
        }
        ceilings.begin(t);
        for (int i = 0; i < components.size(); i++) {
            ceilings.set(t, ceilings.column(components.get(i)), step.ceiling(i));
        }
        diagnostics.begin(t);
        for (int i = 0; i < d.diagnosticCount(); i++) {
            double v = d.diagnosticValue(i);
            diagnostics.set(t, diagnostics.column(d.diagnosticKey(i), t, v), v);
        }
        size = t + 1;
        metrics = null;
    }

    /**
     * Records what the cluster model served at step {@code tick}, after {@link #record}: requests, their mean
     * precision and what they would have emitted on the p100 flavour.
     */
    void recordServed(int tick, double requests, double precision, double baselineEmissions) {
        int t = tick - first;
        series[SERVED].append(t, requests);
        series[SERVED_PRECISION].append(t, precision);
        series[SERVED_BASELINE].append(t, baselineEmissions);
    }

    /**
     * Records, after {@link #recordServed}, the intensity the engine was told at step {@code tick}'s evaluation
     * and the requests completed in the step's interval by flavour (what the harness's counters add up).
     */
    void recordCounted(int tick, double gauge, List<String> flavours, double[] requests) {
        int t = tick - first;
        series[GAUGE].append(t, gauge);
        counted.begin(t);
        for (int k = 0; k < flavours.size(); k++) {
            counted.set(t, counted.column(flavours.get(k)), requests[k]);
        }
    }

    /**
     * With a cluster model: the requests completed in each step's interval, by flavour name (what the metrics
     * poll and the harness's counters count); empty otherwise.
     */
    public Optional<KeyedSeries> counted() {
        return Optional.ofNullable(counted);
    }

    /**
     * The intensity the engine was told at step t's evaluation: the slot its carbon cache gave it, as its
     * {@code carbon_now} gauge reads (the step's forecast without a cluster model).
     */
    public double gauge(int t) {
        return series.length > GAUGE ? series[GAUGE].at(t) : forecast(t);
    }

    /** Room for {@code steps} steps from {@link #first}: a live edit that made the run longer. */
    void reserve(int steps) {
        if (steps > capacity) {
            capacity = steps;
            resize(size);
        }
    }

    void truncate(int steps) {
        int keep = Math.max(0, Math.min(size, steps - first));
        if (keep < size) {
            resize(keep);
        }
        size = keep;
        weights.truncate(size);
        flavourWeights.truncate(size);
        ceilings.truncate(size);
        diagnostics.truncate(size);
        if (counted != null) {
            counted.truncate(size);
        }
        metrics = null;
    }

    /** New columns with the first {@code steps} steps: views keep the old ones, which never change. */
    private void resize(int steps) {
        recording = new Object();
        Column[] resized = new Column[series.length];
        for (int k = 0; k < resized.length; k++) {
            resized[k] = series[k].resized(steps, capacity);
        }
        series = resized;
        weights.reserve(capacity);
        flavourWeights.reserve(capacity);
        ceilings.reserve(capacity);
        diagnostics.reserve(capacity);
        if (counted != null) {
            counted.reserve(capacity);
        }
    }

    /** Forgets the steps recorded so far (they have been written out); the next one keeps its number. */
    void dropRecorded() {
        first += size;
        size = 0;
        for (Column c : series) {
            c.reset();
        }
        weights.reset();
        flavourWeights.reset();
        ceilings.reset();
        diagnostics.reset();
        if (counted != null) {
            counted.reset();
        }
        metrics = null;
    }

    void addEngineNanos(long nanos) {
        engineNanos += nanos;
    }

    /** The era step t (of this run) ran in. */
    private Era era(int t) {
        Era[] e = eras;
        if (e.length == 1) {
            return e[0];
        }
        int tick = first + t;
        int lo = 0;
        int hi = e.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (e[mid].from() <= tick) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return e[lo];
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
        return era(t).clock().slotOf(first + t);
    }

    /** The realised precision the ledger took before step t, NaN when no feedback ran. */
    public double realisedPrecision(int t) {
        return series[REALISED].at(t);
    }

    /** The actual intensity of step t (gCO2/kWh): what emissions and savings use. */
    public double intensity(int t) {
        Era e = era(t);
        return e.snapshots().intensityAt(e.clock().slotOf(first + t));
    }

    /** What the engine was told the intensity of step t was, at step t (the actual one without a forecast). */
    public double forecast(int t) {
        Era e = era(t);
        return e.snapshots().forecastAt(e.clock().slotOf(first + t));
    }

    /**
     * Demand of step t as the metrics weigh it (1 without a demand curve); with a cluster model, the requests
     * served during the step.
     */
    public double demandWeight(int t) {
        if (series.length > SERVED) {
            return series[SERVED].at(t);
        }
        Era e = era(t);
        return e.snapshots().demandWeight(e.clock().slotOf(first + t)) * e.clock().share();
    }

    public double avgPrecision(int t) {
        return series[AVG_PRECISION].at(t);
    }

    /**
     * The precision the metrics weigh at step t: the decision's average, or with a cluster model the mean
     * precision of the requests served during the step (the decision's when none were).
     */
    public double meteredPrecision(int t) {
        return series[series.length > SERVED ? SERVED_PRECISION : AVG_PRECISION].at(t);
    }

    public double balance(int t) {
        return series[BALANCE].at(t);
    }

    public double velocity(int t) {
        return series[VELOCITY].at(t);
    }

    public double throttle(int t) {
        return series[THROTTLE].at(t);
    }

    public double creditsRatio(int t) {
        return series[CREDITS_RATIO].at(t);
    }

    public double intensityRatio(int t) {
        return series[INTENSITY_RATIO].at(t);
    }

    public double emissions(int t) {
        return series[EMISSIONS].at(t);
    }

    /** What the p100 baseline would have emitted at step t: its demand times the intensity, in p100's carbon. */
    public double baselineEmissions(int t) {
        if (series.length > SERVED) {
            return series[SERVED_BASELINE].at(t);
        }
        Era e = era(t);
        int slot = e.clock().slotOf(first + t);
        double demand = e.snapshots().demandWeight(slot) * e.clock().share();
        return demand * e.snapshots().intensityAt(slot) * e.baselineCarbon();
    }

    public double targetPrecision(int t) {
        return era(t).targetPrecision();
    }

    public double creditMin(int t) {
        return era(t).creditMin();
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
