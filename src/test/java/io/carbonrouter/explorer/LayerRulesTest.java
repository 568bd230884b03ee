package io.carbonrouter.explorer;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The dependency direction of docs/ARCHITECTURE.md: ui -> cli-free io and simulation -> engine; ui by feature. */
@AnalyzeClasses(packages = "io.carbonrouter.explorer", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {

    @ArchTest
    static final ArchRule engineAndSimulationImportNoJavaFxNorJackson = noClasses()
            .that().resideInAnyPackage("..explorer.engine..", "..explorer.simulation..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.fasterxml.jackson..",
                    "org.controlsfx..", "picocli..", "org.yaml..")
            .because("the engine and the simulator are pure Java, shared by the GUI, the CLI and the tests");

    @ArchTest
    static final ArchRule engineStandsAlone = noClasses()
            .that().resideInAPackage("..explorer.engine..")
            .should().dependOnClassesThat().resideInAnyPackage("..explorer.simulation..", "..explorer.io..",
                    "..explorer.cli..", "..explorer.ui..");

    @ArchTest
    static final ArchRule simulationUsesOnlyTheEngine = noClasses()
            .that().resideInAPackage("..explorer.simulation..")
            .should().dependOnClassesThat().resideInAnyPackage("..explorer.io..", "..explorer.cli..",
                    "..explorer.ui..");

    @ArchTest
    static final ArchRule ioKnowsNoFrontEnd = noClasses()
            .that().resideInAPackage("..explorer.io..")
            .should().dependOnClassesThat().resideInAnyPackage("..explorer.cli..", "..explorer.ui..", "javafx..");

    @ArchTest
    static final ArchRule cliIsHeadless = noClasses()
            .that().resideInAPackage("..explorer.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("..explorer.ui..", "javafx..");

    @ArchTest
    static final ArchRule lessonsAreModelOnly = noClasses()
            .that().resideInAPackage("..explorer.lesson..")
            .should().dependOnClassesThat().resideInAnyPackage("..explorer.io..", "..explorer.cli..",
                    "..explorer.ui..", "javafx..", "com.fasterxml.jackson..", "org.yaml..")
            .because("a lesson's model and conditions are read by io and shown by the ui, and know neither");

    /** The GUI's features: each a package with its views and view models, depending on shared ui layers only. */
    private static final List<String> FEATURES = List.of("toolbar", "flavours", "settings", "curves", "results",
            "inspector", "status", "analysis", "document", "export");
    /** The shared ui layers every feature may use; they know no feature. */
    private static final String[] SHARED = {"..explorer.ui.app..", "..explorer.ui.common..", "..explorer.ui.form..",
        "..explorer.ui.run..", "..explorer.ui.model..", "..explorer.ui.service..", "..explorer.ui.chart.."};

    @ArchTest
    static final ArchRule uiIsNoCommandLine = noClasses()
            .that().resideInAPackage("..explorer.ui..")
            .should().dependOnClassesThat().resideInAPackage("..explorer.cli..");

    @ArchTest
    static final ArchRule sharedUiLayersKnowNoFeature = noClasses()
            .that().resideInAnyPackage(SHARED)
            .should().dependOnClassesThat().resideInAnyPackage(features(""))
            .orShould().dependOnClassesThat().resideInAPackage("io.carbonrouter.explorer.ui")
            .because("features build on app, common, form, run, model, service and chart, never the reverse");

    @ArchTest
    static final ArchRule chartsStandAlone = noClasses()
            .that().resideInAPackage("..explorer.ui.chart..")
            .should().dependOnClassesThat().resideInAnyPackage("..explorer.ui.app..", "..explorer.ui.common..",
                    "..explorer.ui.form..", "..explorer.ui.run..", "..explorer.ui.model..", "..explorer.ui.service..")
            .because("the chart controls take data and styles, not the app's state");

    @ArchTest
    static final ArchRule featuresStayApart = CompositeArchRule.of(FEATURES.stream()
            .map(LayerRulesTest::apart).toList());

    @ArchTest
    static final ArchRule viewModelsKnowNoControls = noClasses()
            .that().resideInAPackage("..explorer.ui..").and().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
            .because("view models are plain state, unit-tested without a toolkit");

    @ArchTest
    static final ArchRule onlyTheFxExecutorCallsRunLater = noClasses()
            .that().doNotHaveFullyQualifiedName("io.carbonrouter.explorer.ui.service.FxExecutor")
            .should().callMethod("javafx.application.Platform", "runLater", Runnable.class.getName())
            .because("work comes back to the FX thread through TaskExecutor and its one FX executor, which tests "
                    + "swap for the calling thread");

    private static ArchRule apart(String feature) {
        return noClasses()
                .that().resideInAPackage("..explorer.ui." + feature + "..")
                .should().dependOnClassesThat().resideInAnyPackage(features(feature))
                .orShould().dependOnClassesThat().resideInAPackage("io.carbonrouter.explorer.ui")
                .because("a feature reaches others only through the shared layers and the window that wires them");
    }

    private static String[] features(String except) {
        return FEATURES.stream().filter(f -> !f.equals(except)).map(f -> "..explorer.ui." + f + "..")
                .toArray(String[]::new);
    }
}
