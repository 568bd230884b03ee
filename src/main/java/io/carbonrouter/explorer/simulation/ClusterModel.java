package io.carbonrouter.explorer.simulation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The path from a published decision to a counted request in a cluster, and where a run starts in a repeating
 * curve (docs/CLUSTER-MODEL.md names the upstream source of every default). Each {@link Part} can be switched
 * to its ideal value on its own, so a caller can say which part moves a metric most; {@link #IDEAL} has every
 * part ideal and runs exactly as a scenario without a cluster model.
 *
 * @param startOffsetSeconds    where the measured run starts in the curve, in seconds from its first point
 * @param warmupSeconds         how long the engine evaluates before the traffic starts (no requests, no feedback)
 * @param publicationLagSeconds how long after an evaluation the routers route by its weights
 * @param carbonCacheSeconds    how long the engine reuses a fetched forecast ({@code carbonCacheTTL})
 * @param extraEvaluations      evaluations per tick before the metrics poll's own (the timer's, when it does not
 *                              coincide with the poll); 0: the poll-triggered evaluation is the tick's only one
 * @param countOnCompletion     whether the poll counts a request when it completes (after its response time)
 *                              instead of when it is routed
 * @param load                  the closed-loop load that decides how many requests are served; empty: the
 *                              scenario's demand curve (requests proportional to it)
 */
public record ClusterModel(
        double startOffsetSeconds,
        double warmupSeconds,
        double publicationLagSeconds,
        double carbonCacheSeconds,
        int extraEvaluations,
        boolean countOnCompletion,
        Optional<ClosedLoad> load) {

    /** Every part ideal: the run of a scenario without a cluster model. */
    public static final ClusterModel IDEAL = new ClusterModel(0, 0, 0, 0, 0, false, Optional.empty());

    /**
     * The upstream benchmark harness ({@code experiments/run_simple_benchmark.py}): validFor 3 s (so the operator
     * re-reads within a second), carbonCacheTTL 15 s, poll-triggered evaluations, Prometheus counting completed
     * requests, and the Locust load of {@link ClosedLoad#HARNESS}. Start offset and warm-up depend on the run.
     */
    public static final ClusterModel HARNESS = new ClusterModel(0, 0, 1, 15, 1, true,
            Optional.of(ClosedLoad.HARNESS));

    public ClusterModel {
        Objects.requireNonNull(load);
    }

    /** Whether every part is ideal: the run takes the plain deployed loop. */
    public boolean isIdeal() {
        return this == IDEAL || equals(IDEAL);
    }

    /** The parts that are not at their ideal value, in {@link Part} order. */
    public List<Part> activeParts() {
        return Arrays.stream(Part.values()).filter(p -> !p.isIdeal(this)).toList();
    }

    /** This model with {@code part} switched to its ideal value, every other part kept. */
    public ClusterModel withIdeal(Part part) {
        return part.ideal(this);
    }

    public ClusterModel withStartOffsetSeconds(double v) {
        return new ClusterModel(v, warmupSeconds, publicationLagSeconds, carbonCacheSeconds, extraEvaluations,
                countOnCompletion, load);
    }

    public ClusterModel withWarmupSeconds(double v) {
        return new ClusterModel(startOffsetSeconds, v, publicationLagSeconds, carbonCacheSeconds, extraEvaluations,
                countOnCompletion, load);
    }

    public ClusterModel withPublicationLagSeconds(double v) {
        return new ClusterModel(startOffsetSeconds, warmupSeconds, v, carbonCacheSeconds, extraEvaluations,
                countOnCompletion, load);
    }

    public ClusterModel withCarbonCacheSeconds(double v) {
        return new ClusterModel(startOffsetSeconds, warmupSeconds, publicationLagSeconds, v, extraEvaluations,
                countOnCompletion, load);
    }

    public ClusterModel withExtraEvaluations(int v) {
        return new ClusterModel(startOffsetSeconds, warmupSeconds, publicationLagSeconds, carbonCacheSeconds, v,
                countOnCompletion, load);
    }

    public ClusterModel withCountOnCompletion(boolean v) {
        return new ClusterModel(startOffsetSeconds, warmupSeconds, publicationLagSeconds, carbonCacheSeconds,
                extraEvaluations, v, load);
    }

    public ClusterModel withLoad(Optional<ClosedLoad> l) {
        return new ClusterModel(startOffsetSeconds, warmupSeconds, publicationLagSeconds, carbonCacheSeconds,
                extraEvaluations, countOnCompletion, l);
    }

    /** The parts of the model, each with its ideal value: what {@code reconcile} toggles one at a time. */
    public enum Part {
        /** The run starts at the curve's first point. */
        START_OFFSET,
        /** The engine starts with the traffic. */
        WARM_UP,
        /** Routers route by a decision the moment it is made. */
        PUBLICATION_LAG,
        /** The engine reads the carbon intensity at every evaluation. */
        CARBON_CACHE,
        /** One evaluation per tick: the poll's. */
        EXTRA_EVALUATIONS,
        /** A request is counted when it is routed. */
        COUNT_ON_COMPLETION,
        /** Requests follow the demand curve (open loop), not the users' closed loop; no consumer holds them. */
        CLOSED_LOAD,
        /** No minimum request time at the consumer. */
        MIN_REQUEST_TIME,
        /** The consumer does not throttle its in-flight requests. */
        CONSUMER_THROTTLE;

        /** The name a scenario file, the command line and the GUI use: {@code publication-lag}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        boolean isIdeal(ClusterModel m) {
            return ideal(m).equals(m);
        }

        ClusterModel ideal(ClusterModel m) {
            return switch (this) {
                case START_OFFSET -> m.withStartOffsetSeconds(0);
                case WARM_UP -> m.withWarmupSeconds(0);
                case PUBLICATION_LAG -> m.withPublicationLagSeconds(0);
                case CARBON_CACHE -> m.withCarbonCacheSeconds(0);
                case EXTRA_EVALUATIONS -> m.withExtraEvaluations(0);
                case COUNT_ON_COMPLETION -> m.withCountOnCompletion(false);
                case CLOSED_LOAD -> m.withLoad(Optional.empty());
                case MIN_REQUEST_TIME -> m.withLoad(m.load.map(l -> l.withMinRequestSeconds(0)));
                case CONSUMER_THROTTLE -> m.withLoad(m.load.map(l -> l.withConsumerThrottle(false)));
            };
        }

        /** The part named {@code key} ({@link #key()}), if any. */
        public static Optional<Part> of(String key) {
            return Arrays.stream(values()).filter(p -> p.key().equals(key)).findFirst();
        }
    }

    /**
     * A closed-loop load (Locust): {@code users} each wait a think time drawn uniformly from
     * [thinkMin, thinkMax], send a request and wait for its answer. The consumer holds a request for at least
     * {@code minRequestSeconds} and, with {@code consumerThrottle}, admits at most
     * {@code slotsPerFlavour * flavours * throttle^exponent} requests at once (below one, as a duty cycle).
     *
     * @param serviceSeconds time from routing to answer per flavour name, without queueing; a flavour not
     *                       listed takes {@code defaultServiceSeconds}
     */
    public record ClosedLoad(
            int users,
            double thinkMinSeconds,
            double thinkMaxSeconds,
            double defaultServiceSeconds,
            Map<String, Double> serviceSeconds,
            double minRequestSeconds,
            boolean consumerThrottle,
            int slotsPerFlavour,
            double throttleExponent) {

        /**
         * The harness: 140 Locust users waiting 0.05-0.15 s, a 20 ms minimum request time set by the operator on
         * the consumer, the consumer's throttle with 32 slots per flavour and exponent 3. The target's work (an
         * average of six numbers) is negligible: no service time of its own.
         */
        public static final ClosedLoad HARNESS = new ClosedLoad(140, 0.05, 0.15, 0.0, Map.of(), 0.02, true, 32, 3.0);

        public ClosedLoad {
            serviceSeconds = Map.copyOf(serviceSeconds);
        }

        /** The mean think time. */
        public double thinkSeconds() {
            return (thinkMinSeconds + thinkMaxSeconds) / 2;
        }

        public double serviceOf(String flavour) {
            return serviceSeconds.getOrDefault(flavour, defaultServiceSeconds);
        }

        public ClosedLoad withUsers(int v) {
            return new ClosedLoad(v, thinkMinSeconds, thinkMaxSeconds, defaultServiceSeconds, serviceSeconds,
                    minRequestSeconds, consumerThrottle, slotsPerFlavour, throttleExponent);
        }

        public ClosedLoad withMinRequestSeconds(double v) {
            return new ClosedLoad(users, thinkMinSeconds, thinkMaxSeconds, defaultServiceSeconds, serviceSeconds, v,
                    consumerThrottle, slotsPerFlavour, throttleExponent);
        }

        public ClosedLoad withConsumerThrottle(boolean v) {
            return new ClosedLoad(users, thinkMinSeconds, thinkMaxSeconds, defaultServiceSeconds, serviceSeconds,
                    minRequestSeconds, v, slotsPerFlavour, throttleExponent);
        }
    }
}
