package io.carbonrouter.explorer;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The dependency direction of DESIGN.md: ui -> app -> io, simulation -> engine. */
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
}
