package io.carbonrouter.explorer.ui;

import io.carbonrouter.explorer.ui.chart.CurveEditor;
import io.carbonrouter.explorer.ui.document.DocumentViewModel;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The app's keys: Space play / pause, Left / Right step by tick (with Shift by forecast slot), Ctrl+O / S
 * open / save (Ctrl+Shift+S save as), Ctrl+E export, Ctrl+Z / Y undo / redo; F11 (or Ctrl+Shift+P) presentation mode. Space and the arrows stay
 * with a control that needs them (a text field, a slider, a drop-down) while it has the focus.
 */
public final class KeyboardShortcuts {

    static final KeyCombination PRESENTATION_KEY = new KeyCodeCombination(KeyCode.F11);

    private KeyboardShortcuts() {
    }

    public static void install(Scene scene, MainViewModel vm) {
        DocumentViewModel doc = vm.document();
        scene.getAccelerators().put(shortcut(KeyCode.O), doc::open);
        scene.getAccelerators().put(shortcut(KeyCode.S), doc::save);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), doc::saveAs);
        scene.getAccelerators().put(shortcut(KeyCode.E), doc::export);
        scene.getAccelerators().put(shortcut(KeyCode.Z), doc::undo);
        scene.getAccelerators().put(shortcut(KeyCode.Y), doc::redo);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), doc::redo);
        Runnable present = () -> vm.presentationProperty().set(!vm.presentationProperty().get());
        scene.getAccelerators().put(PRESENTATION_KEY, present);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), present);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() || e.isAltDown() || ownsKey(scene.getFocusOwner(), e.getCode())) {
                return;
            }
            switch (e.getCode()) {
                case SPACE -> vm.playback().toggle();
                case LEFT -> step(vm, e.isShiftDown(), false);
                case RIGHT -> step(vm, e.isShiftDown(), true);
                default -> {
                    return;
                }
            }
            e.consume();
        });
    }

    private static void step(MainViewModel vm, boolean bySlot, boolean forward) {
        if (bySlot) {
            vm.stepSlot(forward);
        } else if (forward) {
            vm.stepForward();
        } else {
            vm.stepBack();
        }
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    /** Controls that use Space or the arrows themselves; the curve editor's arrows pick its points. */
    private static boolean ownsKey(Node focused, KeyCode code) {
        if (focused instanceof CurveEditor) {
            return code != KeyCode.SPACE;
        }
        return focused instanceof TextInputControl || focused instanceof Slider || focused instanceof ComboBoxBase
                || focused instanceof Spinner;
    }
}
