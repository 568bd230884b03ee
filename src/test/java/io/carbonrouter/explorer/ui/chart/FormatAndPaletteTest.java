package io.carbonrouter.explorer.ui.chart;

import io.carbonrouter.explorer.ui.chart.skin.ValueFormat;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FormatAndPaletteTest {

    @Test
    void givenValuesThenHoverTextShowsAboutFourSignificantDigits() {
        assertEquals("0.8512", ValueFormat.format(0.851234));
        assertEquals("234.6", ValueFormat.format(234.56));
        assertEquals("1235", ValueFormat.format(1234.5));
        assertEquals("0.85", ValueFormat.format(0.85));
        assertEquals("-2", ValueFormat.format(-2));
        assertEquals("0", ValueFormat.format(0));
        assertEquals("n/a", ValueFormat.format(Double.NaN));
    }

    @Test
    void givenTwentyFlavoursOnAPaletteOfSevenThenEachHasItsOwnColourTheEighthTheFirstDarker() {
        List<Color> seven = List.of(Color.web("#0072B2"), Color.web("#E69F00"), Color.web("#009E73"),
                Color.web("#CC79A7"), Color.web("#56B4E9"), Color.web("#D55E00"), Color.web("#F0E442"));
        ChartPalette palette = new ChartPalette(Map.of(SeriesColor.Role.FLAVOUR, seven));
        Set<Color> colours = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            colours.add(palette.color(SeriesColor.flavour(i)));
        }

        assertEquals(20, colours.size());
        assertEquals(Color.web("#0072B2"), palette.color(SeriesColor.flavour(0)));
        assertEquals(Color.web("#0072B2").deriveColor(0, 1, 0.72, 1), palette.color(SeriesColor.flavour(7)));
        assertEquals(ChartPalette.UNSET, palette.color(SeriesColor.of(SeriesColor.Role.TARGET)), "a role left unset");
        assertThrows(IllegalArgumentException.class, () -> SeriesColor.flavour(-1));
    }

    @Test
    void givenTheRolesThenIndexedOnesHaveAPropertyPerColourAndTheOthersOne() {
        assertEquals("-chart-flavour-1", SeriesColor.Role.FLAVOUR.cssProperty(0));
        assertEquals("-chart-flavour-7", SeriesColor.Role.FLAVOUR.cssProperty(6));
        assertEquals("-chart-credit-band-color", SeriesColor.Role.CREDIT_BAND.cssProperty(0));
    }
}
