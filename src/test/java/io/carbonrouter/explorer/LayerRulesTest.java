package io.carbonrouter.explorer;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import javafx.scene.Node;
import javafx.scene.Scene;

import java.util.List;
import java.util.stream.Stream;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

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
            "inspector", "status", "analysis", "document", "export", "lessons");
    /** The shared ui layers every feature may use; they know no feature. */
    private static final List<String> SHARED_LAYERS = List.of("app", "common", "form", "run", "model", "service",
            "chart");
    private static final String[] SHARED = SHARED_LAYERS.stream().map(p -> "..explorer.ui." + p + "..")
            .toArray(String[]::new);

    @ArchTest
    static final ArchRule everyUiPackageIsAFeatureOrASharedLayer = classes()
            .that().resideInAPackage("..explorer.ui..")
            .should().resideInAnyPackage(Stream.concat(Stream.of("io.carbonrouter.explorer.ui"),
                    Stream.concat(FEATURES.stream(), SHARED_LAYERS.stream()).map(p -> "..explorer.ui." + p + ".."))
                    .toArray(String[]::new))
            .because("a new ui package is listed as a feature or a shared layer, so the rules below check it");

    @ArchTest
    static final ArchRule uiPackagesFormNoCycle = slices().matching("io.carbonrouter.explorer.ui.(*)..")
            .should().beFreeOfCycles()
            .because("features and shared layers stand on each other one way");

    /** Every package of the main tree, in the families of {@link PackageFamilies}. */
    @ArchTest
    static final ArchRule packagesFormNoCycle = slices()
            .assignedFrom(new PackageFamilies())
            .should().beFreeOfCycles()
            .because("a package stands on the ones below it, never on one that stands on it");

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
    static final ArchRule featuresLookUpNoNodes = noClasses()
            .that().resideInAnyPackage(features(""))
            .should().callMethodWhere(target(name("lookup"))
                    .and(target(owner(assignableTo(Node.class).or(assignableTo(Scene.class))))))
            .because("a string look-up hides an arrow between features; MainWindow hands over what a feature needs");

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

    /**
     * One slice per package, but two families count as one: a {@code skin} package with the controls' package
     * above it (a Control names its Skin, the Skin its Control), and the engine with its strategies (the registry
     * names the built-ins, which implement the engine's interface).
     */
    private static final class PackageFamilies implements SliceAssignment {

        private static final String ROOT = "io.carbonrouter.explorer";
        private static final String ENGINE = ROOT + ".engine";

        @Override
        public SliceIdentifier getIdentifierOf(JavaClass type) {
            String pkg = type.getPackageName();
            if (!pkg.equals(ROOT) && !pkg.startsWith(ROOT + ".")) {
                return SliceIdentifier.ignore();
            }
            if (pkg.startsWith(ENGINE + ".strategies")) {
                return SliceIdentifier.of(ENGINE);
            }
            return SliceIdentifier.of(pkg.endsWith(".skin") ? pkg.substring(0, pkg.lastIndexOf('.')) : pkg);
        }

        @Override
        public String getDescription() {
            return "the packages of " + ROOT + " (skins with their controls, strategies with the engine)";
        }
    }
}
