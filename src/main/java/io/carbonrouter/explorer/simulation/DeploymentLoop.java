package io.carbonrouter.explorer.simulation;

import java.util.Locale;
import java.util.Objects;

/**
 * How the deployed decision engine is clocked: an evaluation every {@code evaluationSeconds}, the ledger fed
 * the realised precision of the routed requests before each evaluation, and what the demand estimator sees.
 * {@code cluster} models the path from a decision to a counted request ({@link ClusterModel#IDEAL}: none).
 */
public record DeploymentLoop(double evaluationSeconds, Feedback feedback, DemandForecast demandForecast,
                             ClusterModel cluster) {

    /** The decision engine's defaults: every 15 s, fed the expected precision, demand never estimated. */
    public static final DeploymentLoop AS_DEPLOYED = new DeploymentLoop(15, Feedback.EXPECTED, DemandForecast.FLAT);

    public DeploymentLoop {
        Objects.requireNonNull(feedback);
        Objects.requireNonNull(demandForecast);
        Objects.requireNonNull(cluster);
    }

    /** A loop whose decisions reach the requests ideally (no cluster model). */
    public DeploymentLoop(double evaluationSeconds, Feedback feedback, DemandForecast demandForecast) {
        this(evaluationSeconds, feedback, demandForecast, ClusterModel.IDEAL);
    }

    public DeploymentLoop withEvaluationSeconds(double v) {
        return new DeploymentLoop(v, feedback, demandForecast, cluster);
    }

    public DeploymentLoop withFeedback(Feedback f) {
        return new DeploymentLoop(evaluationSeconds, f, demandForecast, cluster);
    }

    public DeploymentLoop withDemandForecast(DemandForecast d) {
        return new DeploymentLoop(evaluationSeconds, feedback, d, cluster);
    }

    public DeploymentLoop withCluster(ClusterModel c) {
        return new DeploymentLoop(evaluationSeconds, feedback, demandForecast, c);
    }

    /** What the ledger hears between evaluations. */
    public enum Feedback {
        /** Nothing: only the engine's own update with its planned precision. */
        NONE,
        /** The precision-weighted mean under the published integer weights. */
        EXPECTED,
        /** Per-flavour request counts drawn from the published weights (seeded). */
        SAMPLED,
        /**
         * The poll counts requests under flavour names the engine does not know, so it reads every request as
         * full precision: {@code process_feedback} takes {@code precision_map.get(name, 1.0)}
         * (decision-engine/decision-engine.py at 781c6d5, lines 516-528). A hypothesis for the published
         * cluster runs (README "Checked against a cluster"), not what a healthy deployment does.
         */
        UNMATCHED;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The demand now and next the engine sees. */
    public enum DemandForecast {
        /** 100 and 100, as the deployed estimator that is never fed. */
        FLAT,
        /** The scenario's demand curve (100 without one). */
        CURVE;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
