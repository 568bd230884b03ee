package io.carbonrouter.explorer.io;

import io.carbonrouter.explorer.io.LocatedTree.Node;
import io.carbonrouter.explorer.simulation.ClusterModel;
import io.carbonrouter.explorer.simulation.ClusterModel.ClosedLoad;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The cluster model of a deployment loop ({@code deployment.cluster}, docs/CLUSTER-MODEL.md): a mapping of its
 * parts, where a part left out is ideal, or one of the presets {@code ideal} and {@code harness}. A
 * {@code load} mapping takes the harness's value for each field left out.
 */
final class ClusterModelReader {

    static final String PATH = "deployment.cluster";
    private static final Set<String> FIELDS = Set.of("startOffsetSeconds", "warmupSeconds", "publicationLagSeconds",
            "carbonCacheSeconds", "extraEvaluations", "countOnCompletion", "load");
    private static final Set<String> LOAD = Set.of("users", "thinkMinSeconds", "thinkMaxSeconds", "serviceSeconds",
            "flavourServiceSeconds", "minRequestSeconds", "consumerThrottle", "slotsPerFlavour", "throttleExponent");
    private static final Map<String, ClusterModel> PRESETS = Map.of("ideal", ClusterModel.IDEAL,
            "harness", ClusterModel.HARNESS);

    private final FieldReader in;

    ClusterModelReader(FieldReader in) {
        this.in = in;
    }

    ClusterModel read(Node n) {
        if (n == null) {
            return ClusterModel.IDEAL;
        }
        if (n.kind() == LocatedTree.Kind.STRING) {
            ClusterModel preset = PRESETS.get(n.text());
            if (preset == null) {
                in.problem(PATH, n, "must be a mapping of the model's parts or one of harness, ideal, got \""
                        + n.text() + "\"");
                return ClusterModel.IDEAL;
            }
            return preset;
        }
        if (!in.isObject(n, PATH)) {
            return ClusterModel.IDEAL;
        }
        in.warnUnknown(n, PATH, FIELDS);
        ClusterModel i = ClusterModel.IDEAL;
        return new ClusterModel(
                number(n, "startOffsetSeconds", i.startOffsetSeconds()),
                number(n, "warmupSeconds", i.warmupSeconds()),
                number(n, "publicationLagSeconds", i.publicationLagSeconds()),
                number(n, "carbonCacheSeconds", i.carbonCacheSeconds()),
                in.integer(n.get("extraEvaluations"), PATH + ".extraEvaluations", i.extraEvaluations()),
                in.bool(n.get("countOnCompletion"), PATH + ".countOnCompletion", i.countOnCompletion()),
                load(n.get("load")));
    }

    private double number(Node n, String name, double fallback) {
        return in.number(n.get(name), PATH + "." + name, fallback);
    }

    private Optional<ClosedLoad> load(Node n) {
        String path = PATH + ".load";
        if (n == null || !in.isObject(n, path)) {
            return Optional.empty();
        }
        in.warnUnknown(n, path, LOAD);
        ClosedLoad h = ClosedLoad.HARNESS;
        double defaultService = in.number(n.get("serviceSeconds"), path + ".serviceSeconds",
                h.defaultServiceSeconds());
        Map<String, Double> perFlavour = new LinkedHashMap<>();
        Node service = n.get("flavourServiceSeconds");
        if (service != null && in.isObject(service, path + ".flavourServiceSeconds")) {
            service.fields().forEach((name, v) ->
                    perFlavour.put(name, in.number(v, path + ".flavourServiceSeconds." + name, defaultService)));
        }
        return Optional.of(new ClosedLoad(
                in.integer(n.get("users"), path + ".users", h.users()),
                in.number(n.get("thinkMinSeconds"), path + ".thinkMinSeconds", h.thinkMinSeconds()),
                in.number(n.get("thinkMaxSeconds"), path + ".thinkMaxSeconds", h.thinkMaxSeconds()),
                defaultService, perFlavour,
                in.number(n.get("minRequestSeconds"), path + ".minRequestSeconds", h.minRequestSeconds()),
                in.bool(n.get("consumerThrottle"), path + ".consumerThrottle", h.consumerThrottle()),
                in.integer(n.get("slotsPerFlavour"), path + ".slotsPerFlavour", h.slotsPerFlavour()),
                in.number(n.get("throttleExponent"), path + ".throttleExponent", h.throttleExponent())));
    }
}
