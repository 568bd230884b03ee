package io.carbonrouter.explorer.ui.common;

import javafx.scene.input.KeyCombination;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every action of the app, declared once: its label, icon, keys and what it does in a few words. Toolbar
 * buttons, menu items, tooltips and the scene's keys are built from these by {@link ActionFactory}, so a key
 * is written here and nowhere else; the tooltip names the keys itself.
 */
public enum StandardAction {
    OPEN("Open", Icons.OPEN, "a scenario file; the arrow lists the recent files and imports a TrafficSchedule "
            + "or a forecast", "Shortcut+O"),
    SAVE("Save", Icons.SAVE, "the scenario; the arrow offers Save as", "Shortcut+S"),
    SAVE_AS("Save as…", null, "the scenario to another file", "Shortcut+Shift+S"),
    SAMPLES("Samples", Icons.SAMPLES, "open one of the built-in sample scenarios"),
    RESET("Reset", Icons.RESET, "back to the first step with the whole timeline"),
    STEP_BACK("Step back", Icons.STEP_BACK, "", "Left"),
    PLAY("Play / pause", Icons.PLAY, "runs the timeline from the cursor at the chosen speed; edits while "
            + "playing apply from the current step on", "Space"),
    STEP("Step forward", Icons.STEP, "computes the next step of a paused playback", "Right"),
    SLOT_BACK("Slot back", Icons.STEP_BACK, "to the first tick of the slot, or of the one before", "Shift+Left"),
    SLOT_FORWARD("Slot forward", Icons.STEP, "to the first tick of the next forecast slot", "Shift+Right"),
    UNDO("Undo", Icons.UNDO, "", "Shortcut+Z"),
    REDO("Redo", Icons.REDO, "", "Shortcut+Y", "Shortcut+Shift+Z"),
    COMPARE("Compare", Icons.COMPARE, "every strategy on this scenario, against the best any mix of the "
            + "flavours could do", "Shortcut+M"),
    SWEEP("Sweep", Icons.SWEEP, "run one or two settings over a range of values and see which saves the most "
            + "for the precision you need", "Shortcut+G"),
    PRESENT("Present", Icons.PRESENT, "presentation mode, larger text, editors hidden; press again to bring "
            + "them back", "F11", "Shortcut+Shift+P"),
    HIGH_CONTRAST("Contrast", Icons.CONTRAST, "high contrast for projectors, black on white with stronger lines; "
            + "remembered for the next start"),
    EXPORT("Export", Icons.EXPORT, "the scenario as a TrafficSchedule; the arrow exports the run as CSV or JSON "
            + "and the charts as PNG", "Shortcut+E"),
    EXPORT_SCHEDULE("TrafficSchedule…", null, "the scenario as a TrafficSchedule for the operator"),
    EXPORT_CSV("Run as CSV…", null, "every step of the run as CSV"),
    EXPORT_JSON("Run as JSON…", null, "the run as JSON"),
    EXPORT_CHARTS("Charts as PNG…", null, "the charts as PNG images"),
    CLOSE_WINDOW("Close", null, "closes this window", "Esc");

    private final String text;
    private final Icons icon;
    private final String detail;
    private final List<KeyCombination> keys;

    StandardAction(String text, Icons icon, String detail, String... keys) {
        this.text = text;
        this.icon = icon;
        this.detail = detail;
        this.keys = Arrays.stream(keys).map(KeyCombination::valueOf).toList();
    }

    public String text() {
        return text;
    }

    /** The glyph, or null for an action shown as text only. */
    public Icons icon() {
        return icon;
    }

    /** The keys that run the action, the first one shown on its menu item. */
    public List<KeyCombination> keys() {
        return keys;
    }

    public String tooltip() {
        return tooltip(text);
    }

    /** The tooltip with {@code subject} in place of the label ("Undo policy x"): label, keys, then detail. */
    public String tooltip(String subject) {
        String shown = keys.isEmpty() ? subject
                : subject + " (" + keys.stream().map(KeyCombination::getDisplayText)
                        .collect(Collectors.joining(" or ")) + ")";
        return detail.isEmpty() ? shown : shown + ": " + detail;
    }
}
