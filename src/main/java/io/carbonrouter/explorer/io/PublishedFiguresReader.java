package io.carbonrouter.explorer.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.carbonrouter.explorer.simulation.Problem;
import io.carbonrouter.explorer.simulation.measured.Replay.PublishedFigures;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the figures the upstream notebooks printed per measured run ({@code sample-data/cluster/published.yaml}):
 * <pre>
 * runs:
 *   simple_20251118_182945-credit-greedy:      # a replay scenario's file name without .yaml
 *     linearCarbonReduction: 33.08              # percent
 *     nonLinearCarbonReduction: 36.96           # percent (optional)
 *     requestWeightedPrecision: 0.7317          # 0-1
 *     demandWeightedPrecision: 0.7492           # 0-1 (optional)
 *     smartAllocationRatio: 1.055               # (optional)
 *     peakP100Delivery: 57.0                    # percent, as printed (optional)
 *     source: ultimate_strategy_showdown.ipynb, cells 5 and 9
 * </pre>
 */
public final class PublishedFiguresReader {

    private PublishedFiguresReader() {
    }

    /** The figures by run name, in file order. */
    public static Map<String, PublishedFigures> read(Path file) {
        String source = YamlSupport.sourceName(file);
        JsonNode root;
        try {
            root = YamlSupport.readTree(YamlSupport.readInput(file));
        } catch (JsonProcessingException e) {
            throw new InputException(source + ": " + ParserMessages.of(e));
        } catch (IOException e) {
            throw new InputException(source + ": " + e.getMessage());
        }
        List<Problem> problems = new ArrayList<>();
        Map<String, PublishedFigures> out = new LinkedHashMap<>();
        JsonNode runs = root == null ? null : root.get("runs");
        if (runs == null || !runs.isObject()) {
            throw new InputException(source, List.of(new Problem("runs", "missing: a map from run name to the"
                    + " figures its notebook printed")));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = runs.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String at = "runs." + e.getKey();
            JsonNode n = e.getValue();
            if (!n.isObject()) {
                problems.add(new Problem(at, "expected a map of figures"));
                continue;
            }
            double linear = number(n, "linearCarbonReduction", at, true, -100, 100, problems);
            double nonLinear = number(n, "nonLinearCarbonReduction", at, false, -1000, 100, problems);
            double precision = number(n, "requestWeightedPrecision", at, true, 0, 1, problems);
            double demand = number(n, "demandWeightedPrecision", at, false, 0, 1, problems);
            double smart = number(n, "smartAllocationRatio", at, false, 0, 1e6, problems);
            double peak = number(n, "peakP100Delivery", at, false, 0, 100, problems);
            JsonNode src = n.get("source");
            out.put(e.getKey(), new PublishedFigures(linear, nonLinear, precision, demand, smart, peak / 100.0,
                    src == null || src.isNull() ? "" : src.asText()));
        }
        if (!problems.isEmpty()) {
            throw new InputException(source, problems);
        }
        return out;
    }

    private static double number(JsonNode n, String key, String at, boolean required, double min, double max,
                                 List<Problem> problems) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            if (required) {
                problems.add(new Problem(at + "." + key, "missing"));
            }
            return Double.NaN;
        }
        if (!v.isNumber() || !Double.isFinite(v.asDouble()) || v.asDouble() < min || v.asDouble() > max) {
            problems.add(new Problem(at + "." + key, "must be a number from " + ResultTables.cell(min) + " to "
                    + ResultTables.cell(max) + ", got " + v.asText()));
            return Double.NaN;
        }
        return v.asDouble();
    }
}
