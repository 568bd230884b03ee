package io.carbonrouter.explorer.io.schedule;

import io.carbonrouter.explorer.engine.StrategyRegistry;
import io.carbonrouter.explorer.io.ScenarioFiles;
import io.carbonrouter.explorer.io.ScenarioRead;
import io.carbonrouter.explorer.simulation.Run;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.Simulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * sample-data/: every scenario loads cleanly, runs, and exports a TrafficSchedule the CRD accepts and that reads
 * back; every flavour set reads as a scenario's flavours; the README describes every file.
 */
class SampleDataTest {

    private static final Path DIR = Path.of("sample-data", "scenarios");

    static List<String> index() throws IOException {
        try (InputStream in = SampleDataTest.class.getResourceAsStream("/sample-data/scenarios/index.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank()).collect(Collectors.toList());
        }
    }

    @Test
    void indexListsEverySampleOnceWithTheBuiltInFirst() throws IOException {
        List<String> index = index();
        Set<String> files;
        try (Stream<Path> list = Files.list(DIR)) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .collect(Collectors.toSet());
        }

        assertEquals("winter-day.yaml", index.get(0));
        assertEquals(files, Set.copyOf(index));
        assertEquals(index.size(), Set.copyOf(index).size());
        assertTrue(index.size() >= 7, index::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"three-flavours.yaml", "five-flavours.yaml"})
    void flavourSetsReadAsAScenariosFlavours(String file) throws IOException {
        String set = Files.readString(Path.of("sample-data", "flavours", file));

        ScenarioRead read = ScenarioFiles.parseWithWarnings("flavours:\n" + set.indent(2) + "intensity: [1]\n", file);

        assertEquals(List.of(), read.warnings());
        assertEquals(file.startsWith("three") ? 3 : 5, read.scenario().flavours().size());
    }

    @Test
    void readmeDescribesEveryFile() throws IOException {
        String readme = Files.readString(Path.of("sample-data", "README.md"));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("sample-data"))) {
            files = walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("README.md"))
                    .collect(Collectors.toList());
        }

        for (Path f : files) {
            assertTrue(readme.contains("`" + f.getFileName() + "`"), f + " is described in sample-data/README.md");
        }
    }

    @ParameterizedTest
    @MethodSource("index")
    void loadsWithoutWarningsAndRuns(String file) {
        ScenarioRead read = ScenarioFiles.readWithWarnings(DIR.resolve(file));
        Scenario s = read.scenario();

        Run run = new Simulator(StrategyRegistry.builtIns()).run(s);

        assertEquals(List.of(), read.warnings());
        assertFalse(s.name().isBlank());
        assertFalse(s.description().isBlank() || s.description().contains("\n"));
        assertTrue(s.hasDemand(), file + " has a demand curve");
        assertEquals(s.clock().ticks(), run.steps());
        assertTrue(run.steps() > 0);
    }

    @ParameterizedTest
    @MethodSource("index")
    void exportsWhatTheCrdAndCheckAcceptAndReadsBack(String file) throws IOException {
        Scenario s = ScenarioFiles.read(DIR.resolve(file));

        String yaml = TrafficScheduleExporter.toYaml(s, "traffic-schedule", "default");
        Scenario back = TrafficScheduleImporter.parse(yaml, file, s).scenario();

        assertEquals(List.of(), CrdSchema.trafficSchedule().exportedMetadataOnly().violations(yaml));
        assertEquals(List.of(), ScheduleCheck.problems(yaml, file, CrdSchema.trafficSchedule()));
        assertEquals(s.policy(), back.policy());
        assertEquals(s.config(), back.config());
        assertEquals(s.deployment(), back.deployment());
        assertTrue(back.componentBounds().containsAll(s.componentBounds()), back.componentBounds()::toString);
    }
}
