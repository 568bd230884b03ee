package io.carbonrouter.explorer.ui.chart;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import javafx.scene.paint.Color;

import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The plots take every colour from their stylesheet: no painter, skin or chart class names a colour of its own
 * (a {@code Color} constant such as {@code Color.WHITE}, {@code Color.rgb/web/gray/color/hsb}, {@code new Color}).
 * The few classes that may: {@link PlotControl} (the initial values of its CSS metadata), {@link ChartPalette} (the
 * grey of a colour no stylesheet set), {@link ChartStyle} (a colour with its opacity replaced) and
 * {@link SeriesSwatch} (transparent when it has no colour).
 */
@AnalyzeClasses(packages = "io.carbonrouter.explorer.ui.chart", importOptions = ImportOption.DoNotIncludeTests.class)
class ChartColoursTest {

    private static final Set<String> FACTORIES = Set.of("rgb", "web", "gray", "grayRgb", "color", "hsb", "valueOf");

    @ArchTest
    static final ArchRule noColourConstants = noClasses()
            .that().resideInAPackage("..ui.chart..")
            .and().doNotBelongToAnyOf(PlotControl.class, ChartPalette.class, SeriesSwatch.class)
            .should().accessFieldWhere(DescribedPredicate.describe("a Color constant",
                    (JavaFieldAccess access) -> access.getTargetOwner().isEquivalentTo(Color.class)))
            .because("a colour a plot paints is a styleable property of PlotControl (timeseries-chart.css)");

    @ArchTest
    static final ArchRule noColourFactories = noClasses()
            .that().resideInAPackage("..ui.chart..")
            .and().doNotBelongToAnyOf(PlotControl.class)
            .should().callMethodWhere(DescribedPredicate.describe("a Color factory",
                    (JavaMethodCall call) -> call.getTargetOwner().isEquivalentTo(Color.class)
                            && FACTORIES.contains(call.getName())))
            .because("a colour a plot paints is a styleable property of PlotControl (timeseries-chart.css)");

    @ArchTest
    static final ArchRule noNewColours = noClasses()
            .that().resideInAPackage("..ui.chart..")
            .and().doNotBelongToAnyOf(ChartStyle.class)
            .should().callConstructorWhere(DescribedPredicate.describe("new Color",
                    (JavaConstructorCall call) -> call.getTargetOwner().isEquivalentTo(Color.class)))
            .because("a colour a plot paints is a styleable property of PlotControl (timeseries-chart.css)");
}
