package io.carbonrouter.explorer.simulation;

import io.carbonrouter.explorer.engine.FlavourProfile;
import io.carbonrouter.explorer.engine.StrategyRegistry;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class EmissionsUnitTest {

    private static final List<FlavourProfile> FLAVOURS = List.of(
            new FlavourProfile("precision-100", 1.0, 1.0, true),
            new FlavourProfile("precision-30", 0.3, 0.25, true));

    @Test
    void gramsAreDemandTimesEnergyTimesIntensity() {
        // given 1000 requests a slot at 400 gCO2/kWh, all on precision-100 at 0.5 Wh per request
        Scenario s = Scenario.builder().flavours(FLAVOURS).intensity(400).demand(1000)
                .energy(Energy.of("precision-100", 0.5)).policy("p100").build();

        // when it runs
        Run run = new Simulator(StrategyRegistry.standard()).run(s);
        EmissionsUnit unit = EmissionsUnit.of(s);

        // then 1000 x 0.5 Wh = 0.5 kWh, x 400 g/kWh = 200 g
        assertThat(unit.symbol()).isEqualTo("gCO2");
        assertThat(unit.convert(run.emissions(0))).isCloseTo(200.0, within(1e-9));
        assertThat(unit.format(run.emissions(0))).isEqualTo("200 gCO2");
    }

    @Test
    void anotherFlavoursEnergyScalesByItsCarbonFactor() {
        // given the energy of precision-30 (factor 0.25): 0.125 Wh means 0.5 Wh at factor 1
        Scenario s = Scenario.builder().flavours(FLAVOURS).intensity(400).demand(1000)
                .energy(Energy.of("precision-30", 0.125)).build();

        assertThat(EmissionsUnit.of(s).gramsPerUnit()).isCloseTo(0.5 / 1000, within(1e-15));
        assertThat(ScenarioValidator.validate(s)).isEmpty();
    }

    @Test
    void withoutADemandCurveTheGramsArePerRequest() {
        Scenario s = Scenario.builder().flavours(FLAVOURS).intensity(400).energy(Energy.of("precision-100", 2))
                .build();

        assertThat(EmissionsUnit.of(s).symbol()).isEqualTo("gCO2 per request");
        assertThat(EmissionsUnit.of(s).format(2_000_000)).isEqualTo("4.00 kgCO2 per request");
    }

    @Test
    void withoutEnergyValuesStayAsTheyAreAndSayRelativeUnits() {
        Scenario s = Scenario.builder().flavours(FLAVOURS).intensity(400).build();
        double v = 12345.678;

        assertThat(EmissionsUnit.of(s).convert(v)).isEqualTo(v);
        assertThat(EmissionsUnit.of(s).format(1.429e8)).isEqualTo("1.43e+08 relative units");
    }

    @Test
    void largeGramsReadAsTonnes() {
        EmissionsUnit grams = new EmissionsUnit(1.0, "gCO2");

        assertThat(grams.format(3.2e7)).isEqualTo("32.0 tCO2");
    }

    @Test
    void agreeingEnergiesForEveryFlavourAreAccepted() {
        Scenario s = Scenario.builder().flavours(FLAVOURS).intensity(400)
                .energy(new Energy(Map.of("precision-100", 0.4, "precision-30", 0.1))).build();

        assertThat(ScenarioValidator.validate(s)).isEmpty();
    }

    @Test
    void energyOnAFlavourWithoutCarbonFactorIsRefused() {
        Scenario s = Scenario.builder().intensity(400)
                .flavours(List.of(new FlavourProfile("free", 1.0, 0.0, true)))
                .energy(Energy.of("free", 0.0)).build();

        assertThat(ScenarioValidator.validate(s)).extracting(Problem::path).containsExactly("energy");
    }
}
