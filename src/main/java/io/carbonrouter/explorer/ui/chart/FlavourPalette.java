package io.carbonrouter.explorer.ui.chart;

import javafx.scene.paint.Color;

import java.util.List;

/**
 * The colours every chart uses, so a flavour or a quantity has one colour everywhere. Flavours take the
 * Okabe-Ito palette, which stays distinguishable with the common colour-vision deficiencies; the quantities take
 * its colours too, chosen so the series that share a chart differ.
 */
public final class FlavourPalette {

    public static final Color PRECISION = Color.web("#0072B2");
    public static final Color TARGET = Color.web("#D55E00");
    public static final Color BALANCE = Color.web("#009E73");
    public static final Color CREDIT_BAND = Color.web("#009E73", 0.10);
    public static final Color VELOCITY = Color.web("#CC79A7");
    public static final Color THROTTLE = Color.web("#E69F00");
    public static final Color EMISSIONS = Color.web("#D55E00");
    public static final Color BASELINE = Color.web("#6E6E6E");
    public static final Color INTENSITY = Color.web("#3D3D3D");
    public static final Color DEMAND = Color.web("#0072B2");

    /** Okabe-Ito without black (kept for text); yellow last, as it is the hardest to see on white. */
    private static final List<Color> FLAVOURS = List.of(
            Color.web("#0072B2"), Color.web("#E69F00"), Color.web("#009E73"), Color.web("#CC79A7"),
            Color.web("#56B4E9"), Color.web("#D55E00"), Color.web("#F0E442"));
    /** Replica ceilings share a chart with the throttle, so they avoid its orange. */
    private static final List<Color> CEILINGS = List.of(
            Color.web("#0072B2"), Color.web("#009E73"), Color.web("#CC79A7"), Color.web("#56B4E9"));

    private FlavourPalette() {
    }

    /** The colour of the flavour at {@code index}; past the palette, the colours repeat a shade darker. */
    public static Color colorFor(int index) {
        return cycled(FLAVOURS, index);
    }

    /** The colour of the replica ceiling of the component at {@code index}. */
    public static Color ceilingColor(int index) {
        return cycled(CEILINGS, index);
    }

    /** The faded version of {@code color} that a pinned baseline run is drawn in. */
    public static Color ghost(Color color) {
        return color.interpolate(Color.web("#BDBDBD"), 0.35).deriveColor(0, 0.6, 1, 0.55);
    }

    private static Color cycled(List<Color> colors, int index) {
        if (index < 0) {
            throw new IllegalArgumentException("colour index must not be negative: " + index);
        }
        Color base = colors.get(index % colors.size());
        return base.deriveColor(0, 1, Math.pow(0.72, index / colors.size()), 1);
    }
}
