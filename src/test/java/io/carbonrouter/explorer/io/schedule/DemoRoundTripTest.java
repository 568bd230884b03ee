package io.carbonrouter.explorer.io.schedule;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.carbonrouter.explorer.io.ScenarioFiles;
import io.carbonrouter.explorer.io.YamlSupport;
import io.carbonrouter.explorer.simulation.Scenario;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The upstream demo resource survives import, a save and open of the scenario, and export, spec for spec. */
class DemoRoundTripTest {

    private static final String DEMO = "/schedule/upstream-demo-trafficschedule.yaml";

    @Test
    void givenTheUpstreamDemoWhenImportedSavedOpenedAndExportedThenTheSpecIsTheSame() throws IOException {
        String original = resource(DEMO);
        ImportResult imported = TrafficScheduleImporter.parse(original, "demo.yaml");
        Scenario reopened = ScenarioFiles.parse(ScenarioFiles.toYaml(imported.scenario()), "saved.yaml");

        String exported = TrafficScheduleExporter.toYaml(reopened, "traffic-schedule", "carbonstat");

        assertEquals(List.of(), imported.warnings());
        assertEquals(List.of(), imported.ignored());
        assertEquals(normalised(original).get("spec"), normalised(exported).get("spec"));
        assertEquals(normalised(original).get("metadata"), normalised(exported).get("metadata"));
    }

    @Test
    void givenAKubectlDumpThenEveryComponentSettingIsKept() {
        ImportResult r = TrafficScheduleImporter.read(java.nio.file.Path.of(
                "sample-data/trafficschedules/kubectl-get.yaml"));

        assertEquals(90, r.scenario().deployment().component("consumer").cpuUtilization());
        assertEquals(Map.of("cpu", "1", "memory", "512Mi"), r.scenario().deployment().component("router").limits());
        assertEquals(true, r.scenario().deployment().component("router").debug());
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = DemoRoundTripTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The tree with numbers in strings ("2.0", "-2") compared as numbers: formatting may change, values not. */
    private static JsonNode normalised(String yaml) throws IOException {
        JsonNode tree = YamlSupport.mapper().readTree(yaml);
        normalise(tree);
        return tree;
    }

    private static void normalise(JsonNode node) {
        if (!node.isObject()) {
            return;
        }
        ObjectNode object = (ObjectNode) node;
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            if (v.isTextual() && v.asText().matches("-?\\d+(\\.\\d+)?")) {
                e.setValue(object.textNode("number " + new BigDecimal(v.asText()).stripTrailingZeros()
                        .toPlainString()));
            } else {
                normalise(v);
            }
        }
    }
}
