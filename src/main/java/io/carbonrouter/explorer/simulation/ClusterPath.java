package io.carbonrouter.explorer.simulation;

import io.carbonrouter.explorer.engine.Decision;
import io.carbonrouter.explorer.engine.FlavourProfile;
import io.carbonrouter.explorer.engine.StepBuffer;

import java.util.ArrayDeque;
import java.util.List;

/**
 * A run's {@link ClusterModel} at work: which forecast slot an evaluation reads (start offset, carbon cache),
 * which published decision routes the requests of each moment (publication lag), how many requests are served
 * (the demand curve, or the closed-loop load with the consumer's minimum request time and throttle), and what the
 * metrics poll counts for the ledger (when requests are counted). Time is run time in seconds: tick k evaluates at
 * {@code k * E}; a warm-up evaluates at negative times. docs/CLUSTER-MODEL.md gives the upstream source of each
 * rule.
 */
final class ClusterPath {

    private final ClusterModel model;
    private final ClusterModel.ClosedLoad load;
    private final double evaluationSeconds;
    private final double slotSeconds;
    private int flavourCount;
    private final int curveLength;
    /** The decision the routers use now (null before the first publication), and what it serves. */
    private Mix inForce;
    /** What was served lately, for the poll's window; pieces too old for any window are dropped. */
    private final ArrayDeque<Piece> pieces = new ArrayDeque<>();
    private Mix last;
    private List<FlavourProfile> lastFlavours;
    private double fetchedAt = Double.NaN;
    private int fetchedSlot;
    /** The served totals of the tick just run. */
    private double served;
    private double servedPrecision;
    private double emissions;
    private double baseline;

    ClusterPath(ClusterModel model, double evaluationSeconds, double slotSeconds, int flavourCount, int curveLength) {
        this.curveLength = curveLength;
        this.model = model;
        this.load = model.load().orElse(null);
        this.evaluationSeconds = evaluationSeconds;
        this.slotSeconds = slotSeconds;
        this.flavourCount = flavourCount;
    }

    /** The evaluations a warm-up runs before tick 0, at {@code -n*E .. -E}: the warm-up in whole intervals. */
    int warmupTicks() {
        return (int) Math.ceil(model.warmupSeconds() / evaluationSeconds - 1e-9);
    }

    /** Evaluations per tick before the poll's own. */
    int extraEvaluations() {
        return model.extraEvaluations();
    }

    /**
     * The slot an evaluation at run time {@code seconds} reads: the slot it falls in, or the one read at the
     * last fetch while the cache holds (the engine keeps a fetch while {@code now - fetched < carbonCacheTTL}).
     */
    int evaluationSlot(TickClock clock, double seconds) {
        if (!(seconds - fetchedAt < model.carbonCacheSeconds())) {
            fetchedAt = seconds;
            int slot = clock.slotAt(seconds);
            // Before the curve's start only in a warm-up of a repeating curve: the validator allows no other.
            fetchedSlot = slot < 0 ? Math.floorMod(slot, curveLength) : slot;
        }
        return fetchedSlot;
    }

    /**
     * The realised precision the poll at run time {@code at} reports: the requests counted in the window of one
     * interval before it, by flavour (expected counts, or Poisson draws with {@code feedback}'s sampling); NaN
     * when it counted none.
     */
    double realised(double at, LedgerFeedback feedback) {
        double from = at - evaluationSeconds;
        // Per flavour of the scenario (the last bucket: a flavour gone since), as the poll sums by flavour label.
        double[] counts = new double[flavourCount + 1];
        double[] precisions = new double[flavourCount + 1];
        for (Piece p : pieces) {
            double shift = model.countOnCompletion() ? p.mix.countDelay : 0;
            double overlap = Math.min(at, p.end + shift) - Math.max(from, p.start + shift);
            if (overlap <= 0) {
                continue;
            }
            double requests = p.rate * overlap;
            for (int i = 0; i < p.mix.share.length; i++) {
                int k = p.mix.index[i];
                counts[k] += requests * p.mix.share[i];
                precisions[k] = p.mix.precision[i];
            }
        }
        while (!pieces.isEmpty() && pieces.peekFirst().end + pieces.peekFirst().mix.countDelay < from) {
            pieces.removeFirst();
        }
        double weighted = 0;
        double total = 0;
        for (int k = 0; k < counts.length; k++) {
            double c = feedback.count(counts[k]);
            weighted += precisions[k] * c;
            total += c;
        }
        return total > 0 ? (feedback.unmatched() ? 1.0 : weighted / total) : Double.NaN;
    }

    /**
     * The requests completed during [from, to) of run time by flavour (as the scenario's flavours; the last
     * bucket: a flavour gone since): what a counter read at {@code to} has added since {@code from}. Requests
     * count when they complete with {@code countOnCompletion}, else when they are routed. Call it after
     * {@link #serve} of the interval and before the next {@link #realised}, which drops older pieces.
     */
    double[] completed(double from, double to) {
        double[] counts = new double[flavourCount + 1];
        for (Piece p : pieces) {
            double shift = model.countOnCompletion() ? p.mix.countDelay : 0;
            double overlap = Math.min(to, p.end + shift) - Math.max(from, p.start + shift);
            if (overlap <= 0) {
                continue;
            }
            double requests = p.rate * overlap;
            for (int i = 0; i < p.mix.share.length; i++) {
                counts[p.mix.index[i]] += requests * p.mix.share[i];
            }
        }
        return counts;
    }

    /** The slot of the carbon reading the last evaluation used (its carbon_now gauge). */
    int gaugeSlot() {
        return fetchedSlot;
    }

    /**
     * Takes a live edit's flavours: the counts of the poll's window were kept by the old flavours' positions, so
     * the window starts afresh (the next poll counts only what is served from now on).
     */
    void reconfigure(int flavours) {
        if (flavours != flavourCount) {
            flavourCount = flavours;
            pieces.clear();
            inForce = null;
            last = null;
        }
    }

    /** Routes the warm-up's last decision before any traffic: the routers load it at start. */
    void preload(StepBuffer published, List<FlavourProfile> flavours) {
        inForce = mix(published, flavours);
    }

    /**
     * Serves tick k's interval: the decision in force until the new one ({@code published}) reaches the routers
     * after the publication lag, each piece split at slot boundaries for its intensity and demand.
     */
    void serve(TickClock clock, SnapshotBuilder snapshots, int tick, StepBuffer published,
               List<FlavourProfile> flavours, double baselineCarbon) {
        Mix next = mix(published, flavours);
        Mix before = inForce == null ? next : inForce;
        double start = tick * evaluationSeconds;
        double end = start + evaluationSeconds;
        double switchAt = Math.min(end, start + model.publicationLagSeconds());
        served = 0;
        servedPrecision = 0;
        emissions = 0;
        baseline = 0;
        if (switchAt > start) {
            serve(clock, snapshots, before, start, switchAt, baselineCarbon);
        }
        serve(clock, snapshots, next, switchAt, end, baselineCarbon);
        inForce = next;
        if (served <= 0) {
            servedPrecision = published.decision().avgPrecision();
        } else {
            servedPrecision /= served;
        }
    }

    private void serve(TickClock clock, SnapshotBuilder snapshots, Mix m, double from, double to, double c100) {
        int first = clock.slotAt(from);
        int last = clock.slotAt(Math.nextDown(to));
        for (int slot = first; slot <= last; slot++) {
            double a = Math.max(from, slot * slotSeconds - clock.offsetSeconds());
            double b = Math.min(to, (slot + 1) * slotSeconds - clock.offsetSeconds());
            if (b <= a) {
                continue;
            }
            double rate = load != null ? m.rate : snapshots.demandWeight(slot) / slotSeconds;
            double requests = rate * (b - a);
            double intensity = snapshots.intensityAt(slot);
            served += requests;
            servedPrecision += requests * m.meanPrecision;
            emissions += requests * intensity * m.meanCarbon;
            baseline += requests * intensity * c100;
            pieces.addLast(new Piece(a, b, rate, m));
        }
    }

    double served() {
        return served;
    }

    double servedPrecision() {
        return servedPrecision;
    }

    double emissions() {
        return emissions;
    }

    double baseline() {
        return baseline;
    }

    /**
     * The routers' split under a published decision: its integer flavour weights, as weighted_choice reads them.
     * Integer weights and the throttle hold for many ticks, so the last split is kept while they do.
     */
    private Mix mix(StepBuffer published, List<FlavourProfile> flavours) {
        if (last != null && flavours == lastFlavours && same(published, last)) {
            return last;
        }
        last = build(published, flavours);
        lastFlavours = flavours;
        return last;
    }

    private static boolean same(StepBuffer published, Mix m) {
        Decision d = published.decision();
        Routed r = m.routed;
        if (d.size() != r.names.length || published.throttle() != r.throttle) {
            return false;
        }
        for (int i = 0; i < d.size(); i++) {
            if (published.flavourWeight(i) != r.weights[i] || !d.name(i).equals(r.names[i])) {
                return false;
            }
        }
        // All weights 0 fall back to the decision's own split, which may change while they stay 0.
        return r.total > 0;
    }

    private Mix build(StepBuffer published, List<FlavourProfile> flavours) {
        Decision d = published.decision();
        int n = d.size();
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += published.flavourWeight(i);
        }
        double[] share = new double[n];
        double[] precision = new double[n];
        double[] carbon = new double[n];
        double[] service = new double[n];
        int[] index = new int[n];
        String[] names = new String[n];
        int[] weights = new int[n];
        for (int i = 0; i < n; i++) {
            names[i] = d.name(i);
            weights[i] = published.flavourWeight(i);
            // All weights 0 cannot be routed upstream (503); the decision's own split stands in for it.
            share[i] = total > 0 ? published.flavourWeight(i) / total : d.value(i);
            int k = find(flavours, d.name(i));
            FlavourProfile f = k < 0 ? null : flavours.get(k);
            index[i] = k < 0 || k >= flavourCount ? flavourCount : k;
            precision[i] = f == null ? 1.0 : f.precision();
            carbon[i] = f == null ? 0.0 : f.carbonIntensity();
            service[i] = load == null ? 0 : load.serviceOf(d.name(i));
        }
        return new Mix(new Routed(names, weights, total, published.throttle()), share, index, precision, carbon,
                service, load, flavourCount);
    }

    private static int find(List<FlavourProfile> flavours, String name) {
        for (int k = 0; k < flavours.size(); k++) {
            if (flavours.get(k).name().equals(name)) {
                return k;
            }
        }
        return -1;
    }

    /** What the routers read from a published decision: flavour names, integer weights, their total, throttle. */
    private record Routed(String[] names, int[] weights, double total, double throttle) {
    }

    /** Requests routed at a constant rate by one mix during [start, end) of run time. */
    private record Piece(double start, double end, double rate, Mix mix) {
    }

    /** What one published decision serves: shares, per-request precision and carbon, rate and delays. */
    static final class Mix {
        final double[] share;
        /** What the split was built from. */
        final Routed routed;
        /** Each share's flavour, as its position in the scenario's flavours. */
        final int[] index;
        final double[] precision;
        final double meanPrecision;
        final double meanCarbon;
        /** Requests per second under the closed-loop load (unused with the demand curve). */
        final double rate;
        /** How long after routing a request is counted: queueing plus the consumer's hold. */
        final double countDelay;

        Mix(Routed routed, double[] share, int[] index, double[] precision, double[] carbon, double[] service,
            ClusterModel.ClosedLoad load, int flavourCount) {
            this.routed = routed;
            this.share = share;
            this.index = index;
            this.precision = precision;
            double p = 0;
            double c = 0;
            for (int i = 0; i < share.length; i++) {
                p += share[i] * precision[i];
                c += share[i] * carbon[i];
            }
            meanPrecision = p;
            meanCarbon = c;
            if (load == null) {
                rate = 0;
                countDelay = 0;
                return;
            }
            double[] closed = closedLoop(load, share, service, routed.throttle(), flavourCount);
            rate = closed[0];
            countDelay = closed[1];
        }
    }

    /**
     * Throughput and count delay of the closed loop (asymptotic bounds of a closed queueing network): users cycle
     * through a think time and a response, so at most {@code users / (think + service)} requests a second; the
     * consumer serves at most {@code inflight / hold} (hold: a request's slot time, at least the minimum request
     * time) and per flavour queue {@code slots / hold}. The slower bound rules; the queue then holds the rest.
     *
     * @return {requests per second, seconds from routing to counting}
     */
    static double[] closedLoop(ClusterModel.ClosedLoad load, double[] share, double[] service, double throttle,
                               int flavourCount) {
        double meanService = 0;
        double meanHold = 0;
        double capacity = Double.POSITIVE_INFINITY;
        for (int i = 0; i < share.length; i++) {
            double hold = Math.max(service[i], load.minRequestSeconds());
            meanService += share[i] * service[i];
            meanHold += share[i] * hold;
            if (share[i] > 0 && hold > 0) {
                capacity = Math.min(capacity, load.slotsPerFlavour() / (share[i] * hold));
            }
        }
        if (load.consumerThrottle() && meanHold > 0) {
            capacity = Math.min(capacity, inflight(load, throttle, flavourCount) / meanHold);
        }
        double offered = load.users() / (load.thinkSeconds() + meanService);
        double rate = Math.min(offered, capacity);
        double response = load.users() / rate - load.thinkSeconds();
        return new double[] {rate, response - meanService + meanHold};
    }

    /**
     * The consumer throttle's concurrency (consumer.py ProcessingThrottle): {@code slots * flavours * throttle^exp}
     * requests in flight, all of them at throttle >= 0.999, a whole number (at least 1) above 0.999, and below
     * that one request at a time held {@code 1/target} times as long: a duty cycle of {@code target}.
     */
    static double inflight(ClusterModel.ClosedLoad load, double throttle, int flavourCount) {
        double max = (double) load.slotsPerFlavour() * Math.max(1, flavourCount);
        if (throttle >= 0.999) {
            return max;
        }
        double target = max * Math.pow(Math.max(0, Math.min(1, throttle)), load.throttleExponent());
        return target < 0.999 ? Math.max(target, 1e-6) : Math.max(1, Math.rint(target));
    }
}
