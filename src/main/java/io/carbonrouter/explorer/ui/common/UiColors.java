package io.carbonrouter.explorer.ui.common;

import io.carbonrouter.explorer.ui.chart.FlavourPalette;
import io.carbonrouter.explorer.ui.form.SettingSpecs;
import javafx.scene.paint.Color;

import java.util.List;

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
    public static final Color OPTIMUM = Color.web("#0f172a");

    /**
     * Strategies in registry order: Okabe-Ito, with p100 (fifth) in the baseline's grey and wine instead of
     * yellow, which is hard to see on white, and of vermilion, which the target lines use.
     */
    private static final List<Color> STRATEGIES = List.of(Color.web("#0072B2"), Color.web("#E69F00"),
            Color.web("#009E73"), Color.web("#CC79A7"), Color.web("#4B4B4B"), Color.web("#56B4E9"),
            Color.web("#882255"));

    private UiColors() {
    }

    /** The colour of the flavour at a position of the scenario's list, the same in every chart and the table. */
    public static Color flavour(int index) {
        return FlavourPalette.colorFor(index);
    }

    /** The colour of the strategy at a position of the registry, the same in every comparison and sweep. */
    public static Color strategy(int index) {
        Color base = STRATEGIES.get(index % STRATEGIES.size());
        return base.deriveColor(0, 1, Math.pow(0.72, index / STRATEGIES.size()), 1);
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
