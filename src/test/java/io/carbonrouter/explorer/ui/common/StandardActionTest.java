package io.carbonrouter.explorer.ui.common;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The actions are declared once, and menu items are built from the declarations. */
class StandardActionTest {

    /** Where a key or a key's name could be typed again: combinations, FXML accelerators, "(Ctrl+..." text. */
    private static final Pattern TYPED_KEY = Pattern.compile(
            "KeyCodeCombination|KeyCombination\\.valueOf|accelerator=|\\(Ctrl\\+|\\(F11|\\(Space\\)|\\(Left\\)");

    @Test
    void givenEveryActionThenNoKeyRunsTwoOfThem() {
        List<KeyCombination> keys = Arrays.stream(StandardAction.values()).flatMap(a -> a.keys().stream()).toList();

        Set<KeyCombination> distinct = new HashSet<>(keys);

        assertEquals(keys.size(), distinct.size(), "a key declared twice: " + keys);
    }

    @Test
    void givenTheSourcesThenKeysAreWrittenOnlyInTheDeclarations() throws IOException {
        List<String> typed = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("fxml"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    if (!f.endsWith("StandardAction.java") && !f.endsWith("ActionFactory.java")
                            && TYPED_KEY.matcher(Files.readString(f)).find()) {
                        typed.add(f.toString());
                    }
                }
            }
        }

        assertEquals(List.of(), typed);
    }

    @Test
    void givenAnActionWithoutKeysThenItsTooltipIsItsLabelAndWhatItDoes() {
        assertEquals("Reset: back to the first step with the whole timeline", StandardAction.RESET.tooltip());
    }

    @Test
    void givenAnActionBoundToACommandThenItsMenuItemCarriesTheDeclarationAndRunsOnlyWhenEnabled() {
        int[] runs = {0};
        SimpleBooleanProperty enabled = new SimpleBooleanProperty(false);
        ActionFactory actions = new ActionFactory().on(StandardAction.SAVE_AS, () -> runs[0]++, enabled);

        MenuItem item = actions.menuItem(StandardAction.SAVE_AS);

        assertEquals("Save as…", item.getText());
        assertEquals(StandardAction.SAVE_AS.keys().get(0), item.getAccelerator());
        assertTrue(item.isDisable());
        assertFalse(actions.run(StandardAction.SAVE_AS));
        enabled.set(true);
        assertFalse(item.isDisable());
        item.fire();
        assertEquals(1, runs[0]);
    }

    @Test
    void givenAToggleActionThenItsMenuItemShowsAndFlipsTheState() {
        SimpleBooleanProperty presenting = new SimpleBooleanProperty(false);
        ActionFactory actions = new ActionFactory().toggle(StandardAction.PRESENT, presenting);

        MenuItem item = actions.menuItem(StandardAction.PRESENT);
        actions.run(StandardAction.PRESENT);

        assertTrue(presenting.get());
        assertTrue(assertInstanceOf(CheckMenuItem.class, item).isSelected());
    }
}
