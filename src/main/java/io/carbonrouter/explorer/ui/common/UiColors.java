package io.carbonrouter.explorer.ui.common;

import io.carbonrouter.explorer.io.schedule.TrafficScheduleExporter;
import io.carbonrouter.explorer.ui.chart.SeriesColor.Role;
import io.carbonrouter.explorer.ui.chart.SeriesColor;

/**
 * The app's series colours by role, so a quantity has one colour in every chart and table. What each looks like
 * is the stylesheet's (the plots' user-agent stylesheet, overridden by a theme such as high-contrast.css).
 */
public final class UiColors {

    public static final SeriesColor INTENSITY = SeriesColor.of(Role.INTENSITY);
    public static final SeriesColor DEMAND = SeriesColor.of(Role.DEMAND);
    public static final SeriesColor PRECISION = SeriesColor.of(Role.PRECISION);
    public static final SeriesColor TARGET = SeriesColor.of(Role.TARGET);
    public static final SeriesColor BALANCE = SeriesColor.of(Role.BALANCE);
    public static final SeriesColor VELOCITY = SeriesColor.of(Role.VELOCITY);
    public static final SeriesColor CREDIT_BAND = SeriesColor.of(Role.CREDIT_BAND);
    public static final SeriesColor THROTTLE = SeriesColor.of(Role.THROTTLE);
    public static final SeriesColor EMISSIONS = SeriesColor.of(Role.EMISSIONS);
    public static final SeriesColor CUMULATIVE = SeriesColor.of(Role.CUMULATIVE);
    public static final SeriesColor BASELINE = SeriesColor.of(Role.BASELINE);
    public static final SeriesColor AXIS = SeriesColor.of(Role.REFERENCE);
    public static final SeriesColor OPTIMUM = SeriesColor.of(Role.OPTIMUM);

    private UiColors() {
    }

    /** The colour of the flavour at a position of the scenario's list, the same in every chart and the table. */
    public static SeriesColor flavour(int index) {
        return SeriesColor.flavour(index);
    }

    /** The colour of the strategy at a position of the registry, the same in every comparison and sweep. */
    public static SeriesColor strategy(int index) {
        return SeriesColor.strategy(index);
    }

    /** Router, consumer and target keep their colours whatever order the bounds come in. */
    public static SeriesColor component(String name, int index) {
        int known = TrafficScheduleExporter.COMPONENTS.indexOf(name);
        return SeriesColor.ceiling(known >= 0 ? known : TrafficScheduleExporter.COMPONENTS.size() + index);
    }
}
