package io.carbonrouter.explorer.io;

import io.carbonrouter.explorer.engine.ComponentBound;
import io.carbonrouter.explorer.engine.FlavourProfile;
import io.carbonrouter.explorer.engine.NameRules;
import io.carbonrouter.explorer.engine.PolicyConfig;
import io.carbonrouter.explorer.simulation.DeploymentSettings;
import io.carbonrouter.explorer.simulation.Scenario;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScenarioFilesTest {

    @TempDir
    Path tmp;

    @Property(tries = 100)
    void yamlAndJsonReadBackTheSameScenario(@ForAll("scenarios") Scenario scenario) {
        assertSame(ScenarioFiles.parse(ScenarioFiles.toYaml(scenario), "s.yaml"), scenario);
        assertSame(ScenarioFiles.parse(ScenarioFiles.toJson(scenario), "s.json"), scenario);
    }

    @Property(tries = 300)
    void anyTextReadsBackExactly(@ForAll("texts") String text) {
        Scenario s = Scenario.builder().name(validName(text)).description(text).intensity(1).build();
        assertThat(ScenarioFiles.parse(ScenarioFiles.toYaml(s), "t.yaml").name()).isEqualTo(validName(text));
        assertThat(ScenarioFiles.parse(ScenarioFiles.toJson(s), "t.json").description()).isEqualTo(text);
    }

    /** The text as a name the reader keeps as it is: trimmed, one line, visible (else a fixed one). */
    private static String validName(String text) {
        String name = NameRules.trim(text);
        return NameRules.problem(name) == null ? name : "n";
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withCharRange('\u0000', '\ud7ff').withCharRange('\ue000', '\ufffd')
                .withChars('\u0085', '\u2028', '"', '\\', '\'', '#', ':').ofMaxLength(20);
    }

    @Test
    void savedFilesLoadAgain() throws IOException {
        Scenario s = full();
        Path yaml = tmp.resolve("a.yaml");
        Path json = tmp.resolve("b.json");
        ScenarioFiles.write(s, yaml);
        ScenarioFiles.write(s, json);
        assertThat(Files.readString(json)).startsWith("{");
        assertThat(Files.readString(yaml)).contains("intensity: [120, 80.5, 300]");
        assertSame(ScenarioFiles.read(yaml), s);
        assertSame(ScenarioFiles.read(json), s);
        try (var files = Files.list(tmp)) {
            assertThat(files).as("no temporary files left").hasSize(2);
        }
    }

    @Test
    void omittedFieldsTakeTheEngineDefaults() {
        Scenario s = ScenarioFiles.parse("intensity: [45, 42, 38]\n", "min.yaml");
        assertThat(s.policy()).isEqualTo("credit-greedy");
        assertThat(s.config()).isEqualTo(PolicyConfig.DEFAULTS);
        assertThat(s.flavours()).isEqualTo(Scenario.DEFAULT_FLAVOURS);
        assertThat(s.slotMinutes()).isEqualTo(30);
        assertThat(s.horizonSlots()).isEqualTo(96);
        assertThat(s.effectiveSteps()).isEqualTo(3);
        assertThat(s.hasDemand()).isFalse();
    }

    @Test
    void precisionAboveOneIsAPercentageAndMissingNamesAreDerived() {
        Scenario s = ScenarioFiles.parse("intensity: [1]\nflavours: [{precision: 62.5, carbonIntensity: 0.5},"
                + " {precision: 0.125, carbonIntensity: 0.1}]\n", "f.yaml");
        assertThat(s.flavours()).containsExactly(new FlavourProfile("precision-62", 0.625, 0.5, true),
                new FlavourProfile("precision-12", 0.125, 0.1, true));
    }

    @Test
    void aSeedMayBeAnyLongButCountsMustFitAnInt() {
        assertThat(ScenarioFiles.parse("intensity: [1]\nseed: 9007199254740993\n", "s.yaml").seed())
                .isEqualTo(9007199254740993L);
        assertThatThrownBy(() -> ScenarioFiles.parse("intensity: [1]\nsteps: 3000000000\n", "s.yaml"))
                .hasMessageContaining("steps: must be a whole number between");
    }

    @Test
    void theBuiltInSampleLoads() {
        Scenario s = ScenarioFiles.readResource("/sample-data/scenarios/winter-day.yaml");
        assertThat(s.name()).isEqualTo("UK winter weekday");
        assertThat(s.intensity()).hasSize(48);
        assertThat(s.deployment().validFor()).hasValue(60);
    }

    @Test
    void numericStringsAreAcceptedLikeInATrafficSchedule() {
        Scenario s = ScenarioFiles.parse("intensity: [1]\nconfig: {targetError: \"0.2\", creditWindow: \"30\"}\n",
                "s.yaml");
        assertThat(s.config().targetError()).isEqualTo(0.2);
        assertThat(s.config().creditWindow()).isEqualTo(30);
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThatThrownBy(() -> ScenarioFiles.parse("intensity: [1, -1]\nconfig: {targetError: x, creditWindow: 0.5}",
                "many.yaml"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("config.targetError: must be a number")
                .hasMessageContaining("config.creditWindow: must be a whole number")
                .hasMessageContaining("intensity[1]: must be >= 0");
    }

    @Test
    void anOversizedFileIsRefusedBeforeParsing() throws IOException {
        Path big = tmp.resolve("big.yaml");
        try (var out = Files.newOutputStream(big)) {
            byte[] chunk = new byte[1 << 20];
            java.util.Arrays.fill(chunk, (byte) ' ');
            for (int i = 0; i < 17; i++) {
                out.write(chunk);
            }
        }
        assertThatThrownBy(() -> ScenarioFiles.read(big)).hasMessageContaining("file is larger than 16 MiB, the limit");
    }

    private static Scenario full() {
        return Scenario.builder().name("All: \"fields\"").description("every field set\nsecond line")
                .policy("forecast-aware").seed(7)
                .config(new PolicyConfig(0.2, -2, 1.5, 0.5, 12, 0.1, 120, 380))
                .deployment(new DeploymentSettings(OptionalInt.of(60), OptionalInt.of(30), OptionalInt.of(5),
                        OptionalInt.of(300), Optional.of("uk"), Optional.of("router")))
                .flavours(List.of(new FlavourProfile("p100", 1, 1, true), new FlavourProfile("p40", 0.4, 0.25, false)))
                .componentBounds(List.of(ComponentBound.of("router", 1, 10), ComponentBound.of("target", null, 4)))
                .intensity(120, 80.5, 300).demand(10, 0, 7.25).slotMinutes(15)
                .start(Optional.of(Instant.parse("2031-03-04T05:06:07Z"))).repeat(true).steps(OptionalInt.of(9))
                .horizonSlots(12).initialBalance(-0.25).build();
    }

    private static void assertSame(Scenario actual, Scenario expected) {
        assertThat(actual).usingRecursiveComparison().isEqualTo(expected);
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<double[]> curve = Arbitraries.doubles().between(0, 1000).array(double[].class).ofMinSize(1)
                .ofMaxSize(20);
        return Combinators.combine(curve, Arbitraries.doubles().between(0, 1), Arbitraries.doubles().between(-5, 0),
                Arbitraries.strings().withCharRange('\u0000', '\ud7ff').withCharRange('\ue000', '\ufffd')
                        .ofMaxLength(30), Arbitraries.integers().between(1, 120),
                Arbitraries.doubles().between(0, 1), Arbitraries.of(true, false))
                .as((c, te, lo, name, slot, p, repeat) -> Scenario.builder().name(validName(name)).intensity(c)
                        .config(PolicyConfig.DEFAULTS.withTargetError(te).withCreditMin(lo)).slotMinutes(slot)
                        .repeat(repeat).steps(repeat ? OptionalInt.of(c.length + 3) : OptionalInt.empty())
                        .flavours(List.of(new FlavourProfile("a", 1, 1, true), new FlavourProfile("b", p, 0.5, true)))
                        .build());
    }
}
