package io.carbonrouter.explorer.ui;

import io.carbonrouter.explorer.ui.chart.FlavourPalette;
import javafx.scene.paint.Color;

/** The app's series colours: the chart palette's, so a quantity has one colour in every chart. */
public final class UiColors {

    public static final Color INTENSITY = FlavourPalette.INTENSITY;
    public static final Color DEMAND = FlavourPalette.DEMAND;
    public static final Color PRECISION = FlavourPalette.PRECISION;
    public static final Color TARGET = FlavourPalette.TARGET;
    public static final Color BALANCE = FlavourPalette.BALANCE;
    public static final Color VELOCITY = FlavourPalette.VELOCITY;
    public static final Color CREDIT_BAND = FlavourPalette.CREDIT_BAND;
    public static final Color THROTTLE = FlavourPalette.THROTTLE;
    public static final Color EMISSIONS = FlavourPalette.EMISSIONS;
    public static final Color CUMULATIVE = FlavourPalette.EMISSIONS.darker();
    public static final Color BASELINE = FlavourPalette.BASELINE;
    public static final Color AXIS = Color.web("#9e9e9e");

    private UiColors() {
    }

    /** The colour of the flavour at a position of the scenario's list, the same in every chart and the table. */
    public static Color flavour(int index) {
        return FlavourPalette.colorFor(index);
    }

    /** Router, consumer and target keep their colours whatever order the bounds come in. */
    public static Color component(String name, int index) {
        int known = SettingSpecs.COMPONENTS.indexOf(name);
        return FlavourPalette.ceilingColor(known >= 0 ? known : SettingSpecs.COMPONENTS.size() + index);
    }

    /** {@code #rrggbb} for CSS. */
    public static String web(Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
