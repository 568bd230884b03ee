package io.carbonrouter.explorer.io.schedule;

import com.fasterxml.jackson.databind.JsonNode;
import io.carbonrouter.explorer.io.YamlSupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A checker for the part of OpenAPI v3 that the TrafficSchedule CRD uses: {@code type}, {@code properties},
 * {@code additionalProperties}, {@code items}, {@code required}, {@code format} (int32, date-time),
 * {@code anyOf}, {@code pattern} and {@code x-kubernetes-int-or-string}. Unlike the API server it refuses
 * unknown fields instead of pruning them (kubectl's strict validation does too), and it names a keyword it does
 * not understand rather than pass a value it cannot judge. {@code metadata} is an ObjectMeta.
 */
public final class CrdSchema {

    private static final String BUNDLED = "/crd/trafficschedules.yaml";
    private static final Set<String> UNDERSTOOD = Set.of("type", "properties", "additionalProperties", "items",
            "required", "format", "description", "x-kubernetes-list-map-keys", "x-kubernetes-list-type", "anyOf",
            "pattern", "x-kubernetes-int-or-string");
    private static final Set<String> OBJECT_META = Set.of("name", "namespace", "labels", "annotations", "uid",
            "resourceVersion", "generation", "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds",
            "managedFields", "ownerReferences", "finalizers", "generateName", "selfLink");
    private static final Set<String> EXPORTED_META = Set.of("name", "namespace");

    private final JsonNode root;
    private final Set<String> metadataFields;

    private CrdSchema(JsonNode root, Set<String> metadataFields) {
        this.root = root;
        this.metadataFields = metadataFields;
    }

    /** The schema of the CRD the operator installs (the copy in this application). */
    public static CrdSchema trafficSchedule() {
        try (InputStream in = CrdSchema.class.getResourceAsStream(BUNDLED)) {
            return of(YamlSupport.mapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled CRD " + BUNDLED + " does not read", e);
        }
    }

    /**
     * The schema of a CustomResourceDefinition's {@code v1alpha1} version (or its only one).
     *
     * @throws IllegalArgumentException when the tree is not a TrafficSchedule CRD with a schema
     */
    public static CrdSchema of(JsonNode crd) {
        JsonNode versions = crd.path("spec").path("versions");
        for (JsonNode v : versions) {
            if (versions.size() == 1 || "v1alpha1".equals(v.path("name").asText())) {
                JsonNode schema = v.path("schema").path("openAPIV3Schema");
                if (schema.isObject()) {
                    return new CrdSchema(schema, OBJECT_META);
                }
            }
        }
        throw new IllegalArgumentException("not a CustomResourceDefinition with a v1alpha1 openAPIV3Schema"
                + " (spec.versions[].schema.openAPIV3Schema)");
    }

    /** The same schema, allowing in {@code metadata} only what an export writes (name and namespace). */
    public CrdSchema exportedMetadataOnly() {
        return new CrdSchema(root, EXPORTED_META);
    }

    /** Every way {@code yaml} breaks the schema, as "path: problem"; empty when it conforms. */
    public List<String> violations(String yaml) {
        try {
            return violations(YamlSupport.mapper().readTree(yaml));
        } catch (IOException e) {
            throw new IllegalArgumentException("not YAML: " + e.getMessage(), e);
        }
    }

    public List<String> violations(JsonNode value) {
        List<String> out = new ArrayList<>();
        check(value, root, "", out);
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
        if (!typeMatches(value, schema)) {
            out.add(at + ": expected " + expected(schema) + ", got " + value.getNodeType().name().toLowerCase()
                    + " " + value);
            return;
        }
        format(value, schema.path("format").asText(""), at, out);
        pattern(value, schema.path("pattern"), at, out);
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
            } else if (!path.equals("metadata") || !metadataFields.contains(field.getKey())) {
                out.add(child + ": unknown field");
            } else if (Set.of("name", "namespace").contains(field.getKey()) && !field.getValue().isTextual()) {
                out.add(child + ": expected string, got " + field.getValue());
            }
        }
    }

    private static boolean typeMatches(JsonNode value, JsonNode schema) {
        if (schema.path("x-kubernetes-int-or-string").asBoolean(false)) {
            return value.isTextual() || value.isIntegralNumber();
        }
        if (schema.has("anyOf")) {
            for (JsonNode alternative : schema.get("anyOf")) {
                if (typeMatches(value, alternative)) {
                    return true;
                }
            }
            return false;
        }
        switch (schema.path("type").asText()) {
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

    private static String expected(JsonNode schema) {
        if (schema.path("x-kubernetes-int-or-string").asBoolean(false)) {
            return "integer or string";
        }
        return schema.path("type").asText("a type the schema does not name");
    }

    private static void format(JsonNode value, String format, String at, List<String> out) {
        switch (format) {
            case "":
                return;
            case "int32":
                if (value.isIntegralNumber() && !value.canConvertToInt()) {
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

    /** A pattern applies to the text of strings (and, for int-or-string, to the integer's digits). */
    private static void pattern(JsonNode value, JsonNode pattern, String at, List<String> out) {
        if (pattern.isMissingNode() || !(value.isTextual() || value.isIntegralNumber())) {
            return;
        }
        try {
            if (!Pattern.compile(pattern.asText()).matcher(value.asText()).find()) {
                out.add(at + ": " + value + " does not match the pattern " + pattern.asText());
            }
        } catch (PatternSyntaxException e) {
            out.add(at + ": the schema's pattern does not compile: " + e.getDescription());
        }
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
