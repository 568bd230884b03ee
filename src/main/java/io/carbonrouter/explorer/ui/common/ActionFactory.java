package io.carbonrouter.explorer.ui.common;

import io.carbonrouter.explorer.ui.chart.CurveEditor;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import static io.carbonrouter.explorer.ui.common.Tooltips.tooltip;

/**
 * Builds toolbar buttons, menu items and the scene's keys from the {@link StandardAction} declarations and
 * what the window binds to each (what it runs, when it is enabled, the state a toggle shows).
 */
public final class ActionFactory {

    private record Command(Runnable run, ObservableBooleanValue enabled, BooleanProperty state) {
    }

    private static final ObservableBooleanValue ALWAYS = Bindings.createBooleanBinding(() -> true);

    private final Map<StandardAction, Command> commands = new EnumMap<>(StandardAction.class);

    public ActionFactory on(StandardAction action, Runnable run) {
        return on(action, run, ALWAYS);
    }

    public ActionFactory on(StandardAction action, Runnable run, ObservableBooleanValue enabled) {
        commands.put(action, new Command(run, enabled, null));
        return this;
    }

    /** An on / off action: its keys and menu item flip {@code state}, its toggle button shows it. */
    public ActionFactory toggle(StandardAction action, BooleanProperty state) {
        commands.put(action, new Command(() -> state.set(!state.get()), ALWAYS, state));
        return this;
    }

    /** The actions something is bound to, in declaration order. */
    public Set<StandardAction> bound() {
        return commands.keySet();
    }

    /** Runs the action when it is enabled; returns whether it ran. */
    public boolean run(StandardAction action) {
        Command c = command(action);
        if (!c.enabled().get()) {
            return false;
        }
        c.run().run();
        return true;
    }

    /** Gives a toolbar button the action's icon, tooltip, enabled state and what it runs (or the toggle's state). */
    public void configure(ButtonBase button, StandardAction action) {
        decorate(button, action);
        button.setTooltip(tooltip(action.tooltip()));
    }

    /** As {@link #configure(ButtonBase, StandardAction)}, the tooltip naming {@code subject} ("Undo policy x"). */
    public void configure(ButtonBase button, StandardAction action, ObservableStringValue subject) {
        decorate(button, action);
        button.tooltipProperty().bind(Bindings.createObjectBinding(
                () -> tooltip(action.tooltip(action.text() + " " + subject.get())), subject));
    }

    /** A drop-down button that runs nothing itself: the action's icon and tooltip. */
    public static void configureMenu(MenuButton button, StandardAction action) {
        button.setGraphic(action.icon().node());
        button.setTooltip(tooltip(action.tooltip()));
        button.setFocusTraversable(false);
    }

    private void decorate(ButtonBase button, StandardAction action) {
        Command c = command(action);
        if (action.icon() != null) {
            button.setGraphic(action.icon().node());
        }
        button.setFocusTraversable(false);
        button.disableProperty().bind(Bindings.not(c.enabled()));
        if (c.state() != null && button instanceof ToggleButton toggle) {
            toggle.selectedProperty().bindBidirectional(c.state());
        } else {
            button.setOnAction(e -> run(action));
        }
    }

    /** A menu item with the action's text, first key, enabled state and what it runs. */
    public MenuItem menuItem(StandardAction action) {
        Command c = command(action);
        MenuItem item;
        if (c.state() != null) {
            CheckMenuItem check = new CheckMenuItem(action.text());
            check.selectedProperty().bindBidirectional(c.state());
            item = check;
        } else {
            item = new MenuItem(action.text());
            item.setOnAction(e -> run(action));
        }
        if (action.icon() != null) {
            item.setGraphic(action.icon().node());
        }
        if (!action.keys().isEmpty()) {
            item.setAccelerator(action.keys().get(0));
        }
        item.disableProperty().bind(Bindings.not(c.enabled()));
        return item;
    }

    /**
     * Puts every bound action's keys on the scene. Space and the bare arrows stay with a focused control that
     * needs them (a text field, a slider, a drop-down, the curve editor's arrows).
     */
    public ActionFactory install(Scene scene) {
        commands.keySet().forEach(action -> action.keys().stream().filter(key -> !controlsKey(key))
                .forEach(key -> scene.getAccelerators().put(key, () -> run(action))));
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() || e.isAltDown() || ownsKey(scene.getFocusOwner(), e)) {
                return;
            }
            commands.keySet().stream()
                    .filter(a -> a.keys().stream().anyMatch(k -> controlsKey(k) && k.match(e)))
                    .findFirst().ifPresent(a -> {
                        run(a);
                        e.consume();
                    });
        });
        return this;
    }

    /** Space and the bare arrows, which text fields, sliders and drop-downs use themselves. */
    private static boolean controlsKey(KeyCombination key) {
        KeyCombination.ModifierValue up = KeyCombination.ModifierValue.UP;
        return key instanceof KeyCodeCombination code && key.getShortcut() == up && key.getControl() == up
                && key.getAlt() == up && (code.getCode() == KeyCode.SPACE || code.getCode().isArrowKey());
    }

    private static boolean ownsKey(Node focused, KeyEvent e) {
        if (focused instanceof CurveEditor) {
            return e.getCode().isArrowKey();
        }
        return focused instanceof TextInputControl || focused instanceof Slider || focused instanceof ComboBoxBase
                || focused instanceof Spinner;
    }

    private Command command(StandardAction action) {
        Command c = commands.get(action);
        if (c == null) {
            throw new IllegalStateException("nothing is bound to the action " + action);
        }
        return c;
    }
}
