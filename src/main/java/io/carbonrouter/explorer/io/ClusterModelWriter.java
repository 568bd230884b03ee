package io.carbonrouter.explorer.io;

import io.carbonrouter.explorer.simulation.ClusterModel;
import io.carbonrouter.explorer.simulation.ClusterModel.ClosedLoad;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** Writes a cluster model as {@link ClusterModelReader} reads it back: every part, the load when there is one. */
final class ClusterModelWriter {

    private ClusterModelWriter() {
    }

    static Map<String, Object> write(ClusterModel c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("startOffsetSeconds", c.startOffsetSeconds());
        m.put("warmupSeconds", c.warmupSeconds());
        m.put("publicationLagSeconds", c.publicationLagSeconds());
        m.put("carbonCacheSeconds", c.carbonCacheSeconds());
        m.put("extraEvaluations", c.extraEvaluations());
        m.put("countOnCompletion", c.countOnCompletion());
        c.load().ifPresent(l -> m.put("load", load(l)));
        return m;
    }

    private static Map<String, Object> load(ClosedLoad l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("users", l.users());
        m.put("thinkMinSeconds", l.thinkMinSeconds());
        m.put("thinkMaxSeconds", l.thinkMaxSeconds());
        m.put("serviceSeconds", l.defaultServiceSeconds());
        if (!l.serviceSeconds().isEmpty()) {
            m.put("flavourServiceSeconds", new TreeMap<>(l.serviceSeconds()));
        }
        m.put("minRequestSeconds", l.minRequestSeconds());
        m.put("consumerThrottle", l.consumerThrottle());
        m.put("slotsPerFlavour", l.slotsPerFlavour());
        m.put("throttleExponent", l.throttleExponent());
        return m;
    }
}
