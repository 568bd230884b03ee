package io.carbonrouter.explorer;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;

/**
 * No static mutable state in the ui: state shared by every window and chart through a static (a cache, a
 * registry) couples what should stand apart and outlives the scene that filled it (the charts' old static
 * decimation cache served one chart's columns to another). A static field is final, and one holding a collection
 * or a map holds an unmodifiable one, read from the field itself once the class is initialized.
 */
class StaticStateRulesTest {

    /** How the JDK names its unmodifiable collections ({@code List.of}, {@code Collections.unmodifiableMap}, ...). */
    private static final List<String> UNMODIFIABLE = List.of("java.util.ImmutableCollections$",
            "java.util.Collections$Unmodifiable", "java.util.Collections$Empty", "java.util.Collections$Singleton");

    static final ArchRule NO_STATIC_MUTABLE_STATE = fields()
            .that().areDeclaredInClassesThat().resideInAPackage("..explorer.ui..")
            .and().areStatic()
            .and().doNotHaveModifier(JavaModifier.SYNTHETIC)
            .should(beFinalAndHoldNoMutableCollection())
            .because("a ui class keeps its state in instances that its owner hands around, not in statics");

    @BeforeAll
    static void toolkit() {
        // Reading a control's static fields initializes the class, and a Control's initializer needs the toolkit.
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // started by an earlier test in this JVM
        }
    }

    @Test
    void theUiKeepsNoStaticMutableState() {
        JavaClasses ui = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.carbonrouter.explorer.ui");
        NO_STATIC_MUTABLE_STATE.check(ui);
    }

    private static ArchCondition<JavaField> beFinalAndHoldNoMutableCollection() {
        return new ArchCondition<>("be final and hold no mutable collection or map") {
            @Override
            public void check(JavaField field, ConditionEvents events) {
                if (!field.getModifiers().contains(JavaModifier.FINAL)) {
                    events.add(SimpleConditionEvent.violated(field, field.getFullName() + " is static and not final"));
                } else if (field.getRawType().isAssignableTo(Collection.class)
                        || field.getRawType().isAssignableTo(Map.class)) {
                    Object value = read(field);
                    if (value != null && UNMODIFIABLE.stream().noneMatch(value.getClass().getName()::startsWith)) {
                        events.add(SimpleConditionEvent.violated(field, field.getFullName()
                                + " is a static " + value.getClass().getName() + ", which can be changed"));
                    }
                }
            }
        };
    }

    private static Object read(JavaField field) {
        try {
            Field f = field.reflect();
            f.setAccessible(true);
            return f.get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + field.getFullName(), e);
        }
    }
}
