package io.carbonrouter.explorer.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.carbonrouter.explorer.engine.ComponentBound;
import io.carbonrouter.explorer.engine.FlavourProfile;
import io.carbonrouter.explorer.engine.PolicyConfig;
import io.carbonrouter.explorer.simulation.ComponentSettings;
import io.carbonrouter.explorer.simulation.DeploymentLoop;
import io.carbonrouter.explorer.simulation.DeploymentSettings;
import io.carbonrouter.explorer.simulation.Scenario;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes scenarios in the README's "Scenario files" format. The content is built once as an ordered tree; JSON
 * goes through Jackson, YAML is emitted by hand so curves stay on one line each (flow style) and the file reads
 * well.
 */
final class ScenarioWriter {

    private ScenarioWriter() {
    }

    static Map<String, Object> tree(Scenario s) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (!s.name().isEmpty()) {
            m.put("name", s.name());
        }
        if (!s.description().isEmpty()) {
            m.put("description", s.description());
        }
        m.put("policy", s.policy());
        m.put("seed", s.seed());
        m.put("config", config(s.config(), s.deployment()));
        List<Object> flavours = new ArrayList<>();
        for (FlavourProfile f : s.flavours()) {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("name", f.name());
            fm.put("precision", f.precision());
            fm.put("carbonIntensity", f.carbonIntensity());
            fm.put("enabled", f.enabled());
            flavours.add(fm);
        }
        m.put("flavours", flavours);
        m.put("componentBounds", bounds(s));
        m.put("intensity", s.intensity());
        if (s.hasDemand()) {
            m.put("demand", s.demand());
        }
        m.put("slotMinutes", whole(s.slotMinutes()));
        s.start().ifPresent(v -> m.put("start", v.toString()));
        m.put("repeat", s.repeat());
        s.steps().ifPresent(v -> m.put("steps", v));
        m.put("horizonSlots", s.horizonSlots());
        m.put("initialBalance", s.initialBalance());
        s.loop().ifPresent(l -> m.put("deployment", loop(l)));
        if (s.hasForecast()) {
            m.put("forecast", s.forecast());
        }
        s.forecastError().ifPresent(e -> {
            Map<String, Object> em = new LinkedHashMap<>();
            em.put("bias", e.bias());
            em.put("sd", e.sd());
            em.put("growth", e.growth());
            em.put("correlation", e.correlation());
            em.put("seed", e.seed());
            m.put("forecastError", em);
        });
        if (s.energy().given()) {
            m.put("energy", new LinkedHashMap<>(s.energy().whPerRequest()));
        }
        if (!s.energy().notebookPerRequest().isEmpty()) {
            m.put("notebookEnergy", new LinkedHashMap<>(s.energy().notebookPerRequest()));
        }
        s.budget().ifPresent(b -> {
            Map<String, Object> bm = new LinkedHashMap<>();
            bm.put("amount", b.amount());
            bm.put("per", b.per().word());
            m.put("budget", bm);
        });
        return m;
    }

    /** Each component's bounds, then the operator settings that differ from the defaults. */
    private static Map<String, Object> bounds(Scenario s) {
        Map<String, Map<String, Object>> bounds = new LinkedHashMap<>();
        for (ComponentBound b : s.componentBounds()) {
            Map<String, Object> bm = bounds.computeIfAbsent(b.component(), k -> new LinkedHashMap<>());
            b.min().ifPresent(v -> bm.put("min", v));
            b.max().ifPresent(v -> bm.put("max", v));
        }
        s.deployment().components().keySet().stream().sorted().forEach(component -> {
            ComponentSettings c = s.deployment().component(component);
            ComponentSettings d = ComponentSettings.defaults(component);
            Map<String, Object> bm = bounds.computeIfAbsent(component, k -> new LinkedHashMap<>());
            if (c.cooldownPeriod() != d.cooldownPeriod()) {
                bm.put("cooldownPeriod", c.cooldownPeriod());
            }
            if (c.cpuUtilization() != d.cpuUtilization()) {
                bm.put("cpuUtilization", c.cpuUtilization());
            }
            if (c.debug()) {
                bm.put("debug", true);
            }
            if (c.hasResources()) {
                Map<String, Object> resources = new LinkedHashMap<>();
                putIfAny(resources, "requests", c.requests());
                putIfAny(resources, "limits", c.limits());
                bm.put("resources", resources);
            }
        });
        return new LinkedHashMap<>(bounds);
    }

    private static void putIfAny(Map<String, Object> m, String key, Map<String, String> values) {
        if (!values.isEmpty()) {
            m.put(key, values);
        }
    }

    private static Map<String, Object> loop(DeploymentLoop l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("evaluationSeconds", whole(l.evaluationSeconds()));
        m.put("feedback", l.feedback().key());
        m.put("demandForecast", l.demandForecast().key());
        if (!l.cluster().isIdeal()) {
            m.put("cluster", ClusterModelWriter.write(l.cluster()));
        }
        return m;
    }

    /** A whole number as one (30, not 30.0), anything else as it is. */
    private static Object whole(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? (Object) (long) v : (Object) v;
    }

    private static Map<String, Object> config(PolicyConfig c, DeploymentSettings d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("targetError", c.targetError());
        m.put("creditMin", c.creditMin());
        m.put("creditMax", c.creditMax());
        m.put("creditWindow", c.creditWindow());
        m.put("creditSensitivity", c.creditSensitivity());
        m.put("throttleMin", c.throttleMin());
        m.put("throttleIntensityFloor", c.throttleIntensityFloor());
        m.put("throttleIntensityCeiling", c.throttleIntensityCeiling());
        d.validFor().ifPresent(v -> m.put("validFor", v));
        d.discoveryInterval().ifPresent(v -> m.put("discoveryInterval", v));
        d.carbonTimeout().ifPresent(v -> m.put("carbonTimeout", v));
        d.carbonCacheTTL().ifPresent(v -> m.put("carbonCacheTTL", v));
        d.carbonTarget().ifPresent(v -> m.put("carbonTarget", v));
        d.evaluator().ifPresent(v -> m.put("evaluator", v));
        return m;
    }

    static String toJson(Scenario s) {
        try {
            return YamlSupport.jsonMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(tree(s)) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String toYaml(Scenario s) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, Object> e : tree(s).entrySet()) {
            writeEntry(out, "", e.getKey(), e.getValue());
        }
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    private static void writeEntry(StringBuilder out, String indent, String key, Object value) {
        out.append(indent).append(key(key)).append(':');
        if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                out.append(" {}\n");
                return;
            }
            out.append('\n');
            for (Map.Entry<String, Object> e : ((Map<String, Object>) map).entrySet()) {
                writeEntry(out, indent + "  ", e.getKey(), e.getValue());
            }
        } else if (value instanceof List<?> list) {
            out.append(list.isEmpty() ? " []\n" : "\n");
            for (Object item : list) {
                out.append(indent).append("  - ").append(flow(item)).append('\n');
            }
        } else {
            out.append(' ').append(flow(value)).append('\n');
        }
    }

    /** A value on one line: scalars, flow mappings and flow sequences. */
    private static String flow(Object v) {
        if (v instanceof Map<?, ?> map) {
            StringBuilder b = new StringBuilder("{");
            String sep = "";
            for (Map.Entry<?, ?> e : map.entrySet()) {
                b.append(sep).append(key(String.valueOf(e.getKey()))).append(": ").append(flow(e.getValue()));
                sep = ", ";
            }
            return b.append('}').toString();
        }
        if (v instanceof double[] values) {
            StringBuilder b = new StringBuilder("[");
            for (int i = 0; i < values.length; i++) {
                b.append(i == 0 ? "" : ", ").append(number(values[i]));
            }
            return b.append(']').toString();
        }
        if (v instanceof Double d) {
            return number(d);
        }
        if (v instanceof String s) {
            return quote(s);
        }
        return String.valueOf(v);
    }

    /** A mapping key as written: plain when it is a simple name (all of ours), else quoted (a flavour's). */
    private static String key(String k) {
        return k.matches("[A-Za-z][A-Za-z0-9_.-]*") ? k : quote(k);
    }

    /** Shortest text that reads back as the same double; whole numbers without ".0". */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    /**
     * A double-quoted YAML string. Everything outside YAML's printable set (control characters, C1 codes such
     * as NEL, lone surrogates) is escaped, so any name reads back exactly.
     */
    static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pairedSurrogate = Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1));
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (pairedSurrogate) {
                b.append(c).append(s.charAt(++i));
            } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || Character.isSurrogate(c) || c >= 0xFFFE) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
