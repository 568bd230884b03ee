package io.carbonrouter.explorer.simulation;

import java.util.List;
import java.util.Map;

/**
 * The bad-input rules of a deployment loop's cluster model: finite, non-negative times within their limits, a
 * publication lag shorter than the evaluation interval, and a run that stays on a curve that does not repeat.
 */
final class ClusterModelRules {

    /** Longest start offset: a year into a repeating curve. */
    static final double MAX_OFFSET_SECONDS = 366 * 86_400.0;
    /** Longest warm-up: a day of evaluations before the traffic. */
    static final double MAX_WARMUP_SECONDS = 86_400.0;
    /** Most extra evaluations per tick. */
    static final int MAX_EXTRA_EVALUATIONS = 20;
    /** Most closed-loop users, consumer slots per flavour; longest think, service and request time. */
    static final int MAX_USERS = 1_000_000;
    static final double MAX_REQUEST_SECONDS = 3_600.0;
    static final double MAX_EXPONENT = 100.0;

    private static final String AT = "deployment.cluster.";

    private ClusterModelRules() {
    }

    static void check(Scenario s, DeploymentLoop l, List<Problem> out) {
        ClusterModel c = l.cluster();
        if (c.isIdeal()) {
            return;
        }
        int before = out.size();
        seconds("startOffsetSeconds", c.startOffsetSeconds(), MAX_OFFSET_SECONDS, out);
        seconds("warmupSeconds", c.warmupSeconds(), MAX_WARMUP_SECONDS, out);
        seconds("carbonCacheSeconds", c.carbonCacheSeconds(), MAX_OFFSET_SECONDS, out);
        double e = l.evaluationSeconds();
        double lag = c.publicationLagSeconds();
        if (!Double.isFinite(lag) || lag < 0 || lag >= e) {
            out.add(new Problem(AT + "publicationLagSeconds", "must be a number of seconds from 0 up to (not"
                    + " including) the evaluation interval of " + e + " s, got " + lag));
        }
        if (c.extraEvaluations() < 0 || c.extraEvaluations() > MAX_EXTRA_EVALUATIONS) {
            out.add(new Problem(AT + "extraEvaluations", "must be from 0 to " + MAX_EXTRA_EVALUATIONS + ", got "
                    + c.extraEvaluations()));
        }
        c.load().ifPresent(load -> load(load, out));
        if (!s.repeat() && out.size() == before) {
            curveEnd(s, l, c, out);
        }
    }

    /** Without repeat, the warm-up may not start before the curve nor the run end after it. */
    private static void curveEnd(Scenario s, DeploymentLoop l, ClusterModel c, List<Problem> out) {
        double slot = s.slotMinutes() * 60.0;
        double length = s.intensity().length * slot;
        double warmup = Math.ceil(c.warmupSeconds() / l.evaluationSeconds() - 1e-9) * l.evaluationSeconds();
        if (warmup > c.startOffsetSeconds()) {
            out.add(new Problem(AT + "warmupSeconds", "a warm-up of " + warmup + " s would start before the curve"
                    + " (start offset " + c.startOffsetSeconds() + " s); shorten it or set repeat: true"));
        }
        double end = c.startOffsetSeconds() + TickClock.tickCount(s.effectiveSteps(), slot, l.evaluationSeconds())
                * l.evaluationSeconds();
        if (end > length) {
            out.add(new Problem(AT + "startOffsetSeconds", "the run would end " + end + " s into a curve of "
                    + length + " s; shorten the offset or the run, or set repeat: true"));
        }
    }

    private static void load(ClusterModel.ClosedLoad l, List<Problem> out) {
        String at = AT + "load.";
        if (l.users() < 1 || l.users() > MAX_USERS) {
            out.add(new Problem(at + "users", "must be from 1 to " + MAX_USERS + ", got " + l.users()));
        }
        seconds("load.thinkMinSeconds", l.thinkMinSeconds(), MAX_REQUEST_SECONDS, out);
        seconds("load.thinkMaxSeconds", l.thinkMaxSeconds(), MAX_REQUEST_SECONDS, out);
        if (!(l.thinkMaxSeconds() > 0) || l.thinkMaxSeconds() < l.thinkMinSeconds()) {
            out.add(new Problem(at + "thinkMaxSeconds", "must be above 0 and at least thinkMinSeconds ("
                    + l.thinkMinSeconds() + "), got " + l.thinkMaxSeconds()));
        }
        seconds("load.serviceSeconds", l.defaultServiceSeconds(), MAX_REQUEST_SECONDS, out);
        for (Map.Entry<String, Double> e : l.serviceSeconds().entrySet()) {
            seconds("load.flavourServiceSeconds." + e.getKey(), e.getValue(), MAX_REQUEST_SECONDS, out);
        }
        seconds("load.minRequestSeconds", l.minRequestSeconds(), MAX_REQUEST_SECONDS, out);
        if (l.slotsPerFlavour() < 1 || l.slotsPerFlavour() > MAX_USERS) {
            out.add(new Problem(at + "slotsPerFlavour", "must be from 1 to " + MAX_USERS + ", got "
                    + l.slotsPerFlavour()));
        }
        if (!Double.isFinite(l.throttleExponent()) || l.throttleExponent() < 1
                || l.throttleExponent() > MAX_EXPONENT) {
            out.add(new Problem(at + "throttleExponent", "must be a number from 1 to " + (int) MAX_EXPONENT
                    + " (the consumer uses at least 1), got " + l.throttleExponent()));
        }
    }

    private static void seconds(String field, double v, double max, List<Problem> out) {
        if (!Double.isFinite(v) || v < 0 || v > max) {
            out.add(new Problem(AT + field, "must be a finite number of seconds from 0 to " + max + ", got " + v));
        }
    }
}
