package io.carbonrouter.explorer.ui.settings;

/** The help of each cluster-path setting: what it models and where upstream says so (docs/CLUSTER-MODEL.md). */
final class ClusterPathHelp {

    static final String PRESET = "The path from a published decision to a counted request. ideal: routers use "
            + "each decision at once and requests follow the demand curve (the deployed loop as it was). harness: "
            + "the upstream benchmark (run_simple_benchmark.py): validFor 3 s, carbonCacheTTL 15 s, a poll that "
            + "triggers its own evaluation, counts on completion, 140 Locust users and the consumer's throttle.";
    static final String OFFSET = "Where the run starts in the curve, in seconds: the mock carbon API snaps its "
            + "pattern to the minute at /reset (mock-carbon-api.py:364) and the harness starts Locust a minute or "
            + "more later. Ideal 0.";
    static final String WARMUP = "Seconds the engine evaluates before the traffic starts (no requests, no "
            + "feedback), in whole evaluation intervals: the harness waits 30 s after patching the policy "
            + "(run_simple_benchmark.py:315). Ideal 0.";
    static final String LAG = "Seconds after an evaluation before the routers route by it: the operator re-reads "
            + "the engine when the published decision expires (validFor; trafficschedule_controller.go:349-363). "
            + "Harness 1 (validFor 3 s). Ideal 0; less than the interval.";
    static final String CACHE = "carbonCacheTTL: the engine reuses a fetched forecast while it is younger "
            + "(providers.py:79-82). Harness 15. Ideal 0.";
    static final String EXTRA = "Evaluations per tick besides the poll-triggered one: the timer's, when it does "
            + "not coincide with the metrics poll (decision-engine.py:571-575, :649). Harness 1. Ideal 0.";
    static final String COMPLETION = "The metrics poll counts a request when it completes, after queueing and "
            + "the consumer's hold (consumer.py:548-574), not when it is routed. Harness on.";
    static final String USERS = "Closed-loop users (Locust, 0.05-0.15 s think time: locust_router.py:69-74): "
            + "how many requests are served then depends on the decision and the throttle. 0: requests follow "
            + "the demand curve. Harness 140.";
    static final String MIN_REQUEST = "The consumer holds each request at least this long (consumer.py:505-509, "
            + "0.02 s set by the operator: flavourrouter_controller.go:630). Needs users.";
    static final String THROTTLE = "The consumer admits 32 x flavours x throttle^3 requests at once, below one as "
            + "a duty cycle (consumer.py:179-258). Needs users.";

    private ClusterPathHelp() {
    }
}
