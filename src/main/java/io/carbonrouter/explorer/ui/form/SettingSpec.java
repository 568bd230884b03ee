package io.carbonrouter.explorer.ui.form;

import io.carbonrouter.explorer.simulation.Scenario;

import java.util.OptionalDouble;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One numeric setting of the editors: what it is called, what it does, where it lives in a TrafficSchedule,
 * which values it takes, and how to read and write it on a scenario.
 *
 * @param key       stable id, also the id of its controls ({@code setting-<key>})
 * @param field     the TrafficSchedule field, or empty for a setting the resource does not carry
 * @param fieldNote what to say instead of a field when there is none
 * @param min       smallest value typed text may have
 * @param max       largest value typed text may have
 * @param sliderMin slider range; typed values may go past it
 * @param sliderMax slider range
 * @param optional  whether empty text ("not set") is allowed; optional settings get no slider
 */
public record SettingSpec(
        String key,
        String label,
        String unit,
        String help,
        String field,
        String fieldNote,
        double min,
        double max,
        double sliderMin,
        double sliderMax,
        boolean integer,
        boolean optional,
        Function<Scenario, OptionalDouble> get,
        BiFunction<Scenario, OptionalDouble, Scenario> set) {

    /** The tooltip: what the setting does and its TrafficSchedule field. */
    public String tooltip() {
        String where = field.isEmpty() ? fieldNote : "TrafficSchedule field: " + field;
        return help + "\n" + where;
    }

    public boolean hasSlider() {
        return !optional;
    }
}
