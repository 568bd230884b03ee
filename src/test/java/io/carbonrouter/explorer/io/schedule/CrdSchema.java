package io.carbonrouter.explorer.io.schedule;

import com.fasterxml.jackson.databind.JsonNode;
import io.carbonrouter.explorer.io.YamlSupport;

import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A checker for the part of OpenAPI v3 that the TrafficSchedule CRD uses: {@code type} (string, integer,
 * number, boolean, object, array), {@code properties}, {@code additionalProperties}, {@code items},
 * {@code required} and {@code format} (int32, date-time). Unlike the API server, it refuses unknown fields at
 * every level instead of pruning them, and it refuses a keyword it does not understand rather than pass a
 * value it cannot judge. {@code metadata} is an {@code ObjectMeta}: only name and namespace are allowed there.
 */
final class CrdSchema {

    private static final Set<String> UNDERSTOOD = Set.of("type", "properties", "additionalProperties", "items",
            "required", "format", "description", "x-kubernetes-list-map-keys", "x-kubernetes-list-type");
    private static final Set<String> OBJECT_META = Set.of("name", "namespace");

    private final JsonNode root;

    private CrdSchema(JsonNode root) {
        this.root = root;
    }

    /** The schema of the CRD's only version, from {@code /crd/trafficschedules.yaml} on the test class path. */
    static CrdSchema trafficSchedule() throws IOException {
        try (InputStream in = CrdSchema.class.getResourceAsStream("/crd/trafficschedules.yaml")) {
            JsonNode crd = YamlSupport.mapper().readTree(in);
            return new CrdSchema(crd.at("/spec/versions/0/schema/openAPIV3Schema"));
        }
    }

    /** Every way {@code yaml} breaks the schema; empty when it conforms. */
    List<String> violations(String yaml) throws IOException {
        List<String> out = new ArrayList<>();
        check(YamlSupport.mapper().readTree(yaml), root, "", out);
        return out;
    }

    private void check(JsonNode value, JsonNode schema, String path, List<String> out) {
        String at = path.isEmpty() ? "(root)" : path;
        for (Iterator<String> it = schema.fieldNames(); it.hasNext(); ) {
            String keyword = it.next();
            if (!UNDERSTOOD.contains(keyword)) {
                out.add(at + ": schema keyword '" + keyword + "' is not understood by this checker");
            }
        }
        String type = schema.path("type").asText();
        if (!typeMatches(value, type)) {
            out.add(at + ": expected " + type + ", got " + value.getNodeType() + " " + value);
            return;
        }
        format(value, schema.path("format").asText(""), at, out);
        if (value.isObject()) {
            object(value, schema, path, out);
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                check(value.get(i), schema.path("items"), path + "[" + i + "]", out);
            }
        }
    }

    private void object(JsonNode value, JsonNode schema, String path, List<String> out) {
        JsonNode properties = schema.get("properties");
        JsonNode additional = schema.get("additionalProperties");
        for (JsonNode required : schema.path("required")) {
            if (!value.has(required.asText())) {
                out.add(join(path, required.asText()) + ": required field missing");
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String child = join(path, field.getKey());
            if (properties != null && properties.has(field.getKey())) {
                check(field.getValue(), properties.get(field.getKey()), child, out);
            } else if (additional != null) {
                check(field.getValue(), additional, child, out);
            } else if (path.equals("metadata") && OBJECT_META.contains(field.getKey())) {
                if (!field.getValue().isTextual()) {
                    out.add(child + ": expected string, got " + field.getValue());
                }
            } else {
                out.add(child + ": unknown field");
            }
        }
    }

    private static boolean typeMatches(JsonNode value, String type) {
        switch (type) {
            case "string":
                return value.isTextual();
            case "integer":
                return value.isIntegralNumber();
            case "number":
                return value.isNumber();
            case "boolean":
                return value.isBoolean();
            case "object":
                return value.isObject();
            case "array":
                return value.isArray();
            default:
                return false;
        }
    }

    private static void format(JsonNode value, String format, String at, List<String> out) {
        switch (format) {
            case "":
                return;
            case "int32":
                if (!value.canConvertToInt()) {
                    out.add(at + ": " + value + " does not fit in int32");
                }
                return;
            case "date-time":
                try {
                    OffsetDateTime.parse(value.asText());
                } catch (DateTimeParseException e) {
                    out.add(at + ": " + value + " is not a date-time");
                }
                return;
            default:
                out.add(at + ": format '" + format + "' is not understood by this checker");
        }
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
