package io.carbonrouter.explorer.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.carbonrouter.explorer.cli.PolicyExplorerCli;
import io.carbonrouter.explorer.io.RunWriters;
import io.carbonrouter.explorer.io.ScenarioFiles;
import io.carbonrouter.explorer.simulation.Run;
import io.carbonrouter.explorer.simulation.Simulator;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every reference case of the real decision engine, run through the command line exactly as a user would
 * ({@code simulate CASE --format json}) and through the simulation API, must match step by step to 1e-9:
 * the one-evaluation-per-slot cases, the deployed-loop cases (a step per tick, with slot and realised
 * precision) and the cases that land on integer-weight ties.
 */
class ReferenceCasesTest {

    private static final double TOLERANCE = 1e-9;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> everyReferenceCaseMatches() throws IOException {
        return cases("/reference", 71);
    }

    @TestFactory
    Stream<DynamicTest> everyDeployedLoopCaseMatches() throws IOException {
        return cases("/reference/deployment", 24);
    }

    /** Cases whose shares land exactly on a half percent: the integer weights must round as the engine's do. */
    @TestFactory
    Stream<DynamicTest> everyTieCaseMatches() throws IOException {
        return cases("/reference/ties", 30);
    }

    /**
     * The historical versions of upstream's strategies ({@code name@commit}), each against the real engine at
     * that commit (reference/versions/provenance.txt names the commit and driver of every expected file).
     */
    @TestFactory
    Stream<DynamicTest> everyHistoricalVersionCaseMatches() throws IOException {
        return cases("/reference/versions", 65);
    }

    private Stream<DynamicTest> cases(String dir, int count) throws IOException {
        List<String> names = caseNames(dir);
        assertEquals(count, names.size(), "reference cases copied from ../shared" + dir);
        return names.stream().flatMap(name -> Stream.of(
                DynamicTest.dynamicTest(name + " (cli)", () -> check(dir, name, cli(dir, name))),
                DynamicTest.dynamicTest(name + " (api)", () -> check(dir, name, api(dir, name)))));
    }

    private JsonNode cli(String dir, String name) throws IOException, URISyntaxException {
        Path out = tmp.resolve(name + ".out.json");
        StringWriter err = new StringWriter();
        int code = PolicyExplorerCli.run(new String[] {"simulate", scenario(dir, name).toString(), "--format",
            "json", "--out", out.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(0, code, "exit code; stderr: " + err);
        return JSON.readTree(out.toFile()).get("steps");
    }

    private JsonNode api(String dir, String name) throws IOException, URISyntaxException {
        Run run = new Simulator(StrategyRegistry.standard()).run(ScenarioFiles.read(scenario(dir, name)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RunWriters.writeJson(run, out, false);
        return JSON.readTree(out.toByteArray()).get("steps");
    }

    private Path scenario(String dir, String name) throws URISyntaxException {
        return Path.of(getClass().getResource(dir + "/cases/" + name + ".json").toURI());
    }

    private void check(String dir, String name, JsonNode actual) throws IOException {
        JsonNode expected;
        try (InputStream in = getClass().getResourceAsStream(dir + "/expected/" + name + ".json")) {
            expected = JSON.readTree(in).get("steps");
        }
        assertEquals(expected.size(), actual.size(), name + ": step count");
        for (int t = 0; t < expected.size(); t++) {
            JsonNode e = expected.get(t);
            JsonNode a = actual.get(t);
            for (Iterator<String> it = e.fieldNames(); it.hasNext(); ) {
                String field = it.next();
                compare(name + " step " + t + " " + field, e.get(field), a.get(field));
            }
        }
    }

    static void compare(String where, JsonNode expected, JsonNode actual) {
        if (actual == null) {
            fail(where + ": missing");
        }
        if (expected.isObject()) {
            assertTrue(actual.isObject(), where + ": expected an object, got " + actual);
            List<String> ek = new ArrayList<>();
            expected.fieldNames().forEachRemaining(ek::add);
            List<String> ak = new ArrayList<>();
            actual.fieldNames().forEachRemaining(ak::add);
            assertEquals(ek.stream().sorted().toList(), ak.stream().sorted().toList(), where + ": keys");
            for (String k : ek) {
                compare(where + "." + k, expected.get(k), actual.get(k));
            }
        } else if (expected.isNull()) {
            assertTrue(actual.isNull(), where + ": expected null, got " + actual);
        } else if (expected.isIntegralNumber()) {
            assertTrue(actual.isNumber(), where + ": expected a number, got " + actual);
            assertEquals(expected.asLong(), actual.asDouble(), 0.0, where);
        } else if (expected.isNumber()) {
            assertTrue(actual.isNumber(), where + ": expected a number, got " + actual);
            double e = expected.asDouble();
            double a = actual.asDouble();
            double diff = Math.abs(e - a);
            if (diff > TOLERANCE && diff > TOLERANCE * Math.abs(e)) {
                fail(where + ": expected " + e + " but was " + a);
            }
        } else {
            assertEquals(expected, actual, where);
        }
    }

    private static List<String> caseNames(String dir) throws IOException {
        try (InputStream in = ReferenceCasesTest.class.getResourceAsStream(dir + "/index.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank()).toList();
        }
    }
}
