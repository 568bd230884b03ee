package io.carbonrouter.explorer.io;

import io.carbonrouter.explorer.engine.StrategyRegistry;
import io.carbonrouter.explorer.simulation.Budget;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.Simulator;
import io.carbonrouter.explorer.simulation.compare.StrategyComparison;
import io.carbonrouter.explorer.simulation.compare.Workers;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The budget setting in scenario files: read, written, and refused with one line that says what and where. */
class BudgetFilesTest {

    private static final String DAY = "intensity: [100, 200, 300, 50]\n";

    @Test
    void aPlainNumberIsABudgetOverTheRunAndAMappingNamesItsPeriod() {
        assertThat(ScenarioFiles.parse(DAY + "budget: 250\n", "s.yaml").budget())
                .contains(new Budget(250, Budget.Per.RUN));
        assertThat(ScenarioFiles.parse(DAY + "budget: {amount: 12.5, per: day}\n", "s.yaml").budget())
                .contains(new Budget(12.5, Budget.Per.DAY));
        assertThat(ScenarioFiles.parse(DAY, "s.yaml").budget()).isEmpty();
    }

    @Test
    void aBudgetSurvivesWritingAsYamlAndJson() {
        Scenario s = ScenarioFiles.parse(DAY + "budget: {amount: 3, per: month}\n", "s.yaml");

        assertThat(ScenarioFiles.parse(ScenarioFiles.toYaml(s), "again.yaml").budget()).isEqualTo(s.budget());
        assertThat(ScenarioFiles.parse(ScenarioFiles.toJson(s), "again.json").budget()).isEqualTo(s.budget());
        assertThat(ScenarioFiles.toYaml(ScenarioFiles.parse(DAY, "s.yaml"))).doesNotContain("budget");
    }

    @Test
    void aPerDayBudgetScalesWithTheRunLength() {
        // four half-hour slots are a twelfth of a day
        Scenario s = ScenarioFiles.parse(DAY + "budget: {amount: 1200, per: day}\n", "s.yaml");

        assertThat(s.budget().orElseThrow().runEmissions(s)).isEqualTo(100.0);
        assertThat(s.budget().orElseThrow().describe(s))
                .isEqualTo("1.20e+03 relative units per day (100 relative units over the run)");
    }

    @Test
    void aNegativeBudgetIsRefusedWithItsUnit() {
        assertThatThrownBy(() -> ScenarioFiles.parse(DAY + "budget: -5\n", "s.yaml"))
                .hasMessage("s.yaml: budget.amount: must be a finite amount of CO2 from 0 to 1e12 (relative units,"
                        + " as the scenario gives no energy block), got -5.0 (line 2, column 9)");
    }

    @Test
    void aNanBudgetAndAnUnknownPeriodAreRefusedWhereTheyAre() {
        assertThatThrownBy(() -> ScenarioFiles.parse(DAY + "budget: .nan\n", "s.yaml"))
                .hasMessage("s.yaml: budget: must be a finite number, got .nan (line 2, column 9)");
        assertThatThrownBy(() -> ScenarioFiles.parse(DAY + "budget: {amount: 5, per: week}\n", "s.yaml"))
                .hasMessage("s.yaml: budget.per: must be run, day or month, got 'week' (line 2, column 26)");
    }

    @Test
    void anUnreachableBudgetSaysTheLeastEmissionsAnyStrategyCanReach() {
        Scenario s = ScenarioFiles.parse(DAY, "s.yaml").toBuilder()
                .budget(Optional.of(new Budget(100, Budget.Per.RUN))).build();

        // the cheapest flavour (carbon factor 0.3) in every slot emits 0.3 x 650 = 195
        assertThatThrownBy(() -> new StrategyComparison(new Simulator(StrategyRegistry.builtIns()),
                Workers.callingThread()).compare(s))
                .hasMessage("budget: budget 100 relative units over the run is out of reach: the least emissions any"
                        + " strategy can reach are 195 relative units (the cheapest flavour in every slot)");
    }
}
