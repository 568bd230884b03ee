package io.carbonrouter.explorer.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The stable ids of the controls a lesson may highlight. The explorer gives its controls these ids; a lesson
 * naming another is refused when it is read, so a teacher's typo shows at once.
 */
public final class Controls {

    /** Scenario knobs with a slider or field, highlighted as {@code setting-<knob>}. */
    public static final List<String> SETTINGS = List.of("targetError", "creditMin", "creditMax",
            "creditSensitivity", "creditWindow", "throttleMin", "throttleIntensityFloor",
            "throttleIntensityCeiling", "initialBalance", "slotMinutes", "horizonSlots", "steps", "validFor");

    public static final Set<String> KNOWN = known();

    private Controls() {
    }

    private static Set<String> known() {
        List<String> ids = new ArrayList<>(List.of("policy", "play", "step", "compare", "sweep", "present",
                "flavours", "curve-editor", "component-bounds", "chart-weights", "chart-precision",
                "chart-balance", "chart-throttle", "chart-emissions", "inspector", "explain", "pin"));
        SETTINGS.forEach(k -> ids.add("setting-" + k));
        // The forecast error model's fields, shown while a scenario has one.
        ids.addAll(List.of("setting-forecastError-bias", "setting-forecastError-sd"));
        return Set.copyOf(ids);
    }
}
