package io.carbonrouter.explorer.ui.chart;

import io.carbonrouter.explorer.ui.chart.skin.ValueFormat;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
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
    void givenTwentyFlavoursThenEachHasItsOwnColour() {
        Set<Color> colours = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            colours.add(FlavourPalette.colorFor(i));
        }

        assertEquals(20, colours.size());
        assertEquals(Color.web("#0072B2"), FlavourPalette.colorFor(0));
        assertThrows(IllegalArgumentException.class, () -> FlavourPalette.colorFor(-1));
    }
}
