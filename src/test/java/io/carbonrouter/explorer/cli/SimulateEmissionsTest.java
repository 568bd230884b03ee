package io.carbonrouter.explorer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SimulateEmissionsTest {

    private static final String SCENARIO = """
            flavours:
              - {name: precision-100, precision: 1.0, carbonIntensity: 1.0}
              - {name: precision-50, precision: 0.5, carbonIntensity: 0.5}
            intensity: [100, 300, 200]
            demand: [1000, 2000, 1500]
            """;

    @TempDir
    Path dir;

    @Test
    void withEnergyTheSummaryAndEveryStepAreGramsOfCo2() throws IOException {
        // given the same day without and with 0.3 Wh per precision-100 request
        JsonNode relative = simulate("plain", SCENARIO);
        JsonNode grams = simulate("energy", SCENARIO + "energy: {precision-100: 0.3}\n");

        // then without it the unit says so; with it every emission is 0.3 / 1000 kWh per unit, in grams
        assertThat(relative.at("/summary/emissionsUnit").asText()).isEqualTo("relative units");
        assertThat(grams.at("/summary/emissionsUnit").asText()).isEqualTo("gCO2");
        assertThat(grams.at("/summary/emissions").asDouble())
                .isCloseTo(relative.at("/summary/emissions").asDouble() * 0.3e-3, within(1e-9));
        assertThat(grams.at("/steps/1/baselineEmissions").asDouble()).isCloseTo(2000 * 0.3e-3 * 300, within(1e-9));
    }

    @Test
    void withoutEnergyTheNumbersAreThoseOfTheRunItself() throws IOException {
        JsonNode relative = simulate("plain", SCENARIO);

        assertThat(relative.at("/steps/1/baselineEmissions").asDouble()).isEqualTo(2000.0 * 300.0);
    }

    @Test
    void csvNamesTheGramColumns() throws IOException {
        Path scenario = dir.resolve("energy.yaml");
        Files.writeString(scenario, SCENARIO + "energy: {precision-100: 0.3}\n");
        Path out = dir.resolve("run.csv");

        assertThat(CliRun.of("simulate", scenario.toString(), "--format", "csv", "--out", out.toString()).code())
                .isZero();

        assertThat(Files.readAllLines(out).get(0)).contains(",emissions_gCO2,baselineEmissions_gCO2,");
    }

    private JsonNode simulate(String name, String yaml) throws IOException {
        Path scenario = dir.resolve(name + ".yaml");
        Files.writeString(scenario, yaml);
        Path out = dir.resolve(name + ".json");
        CliRun run = CliRun.of("simulate", scenario.toString(), "--out", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        return new ObjectMapper().readTree(out.toFile());
    }
}
