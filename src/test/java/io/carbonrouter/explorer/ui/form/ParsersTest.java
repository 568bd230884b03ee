package io.carbonrouter.explorer.ui.form;

import io.carbonrouter.explorer.ui.common.Formats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.OptionalDouble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ParsersTest {

    @Test
    void givenPlainDecimalsThenTheyParseWithSpacesAndAPercentSign() {
        FieldModel.Parser<Double> p = Parsers.number(0, 100, false);

        assertEquals(12.5, p.parse(" 12.5 "));
        assertEquals(50, p.parse("50 %"));
        assertEquals(0.001, p.parse("1e-3"));
        assertEquals(0.5, p.parse(".5"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "NaN", "Infinity", "1d", "0x10", "1,5", "--1", "1e400"})
    void givenTextThatIsNotAPlainFiniteNumberThenItIsRefused(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Parsers.number(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, false).parse(text));
        assertEquals("enter a number", e.getMessage());
    }

    @Test
    void givenARangeThenTheMessageSaysIt() {
        assertEquals("enter a number from 0 to 1",
                assertThrows(IllegalArgumentException.class, () -> Parsers.number(0, 1, false).parse("2"))
                        .getMessage());
        assertEquals("enter a whole number of at least 1",
                assertThrows(IllegalArgumentException.class, () -> Parsers.number(1, Double.POSITIVE_INFINITY,
                        true).parse("0")).getMessage());
    }

    @Test
    void givenAnOptionalNumberThenEmptyTextMeansNotSet() {
        assertEquals(OptionalDouble.empty(), Parsers.optionalNumber(0, 10, true).parse("  "));
        assertEquals(OptionalDouble.of(3), Parsers.optionalNumber(0, 10, true).parse("3"));
    }

    @Test
    void givenANameThenBlankIsRefusedAndSpacesAreTrimmed() {
        assertEquals("a", Parsers.name().parse(" a "));
        assertThrows(IllegalArgumentException.class, () -> Parsers.name().parse(" "));
    }

    @Test
    void givenFormatsThenNumbersReadShortAndExact() {
        assertEquals("0.15", Formats.number(0.15000000001, 6));
        assertEquals("300", Formats.exact(300));
        assertEquals("0", Formats.number(-0.0000001, 3));
        assertEquals("45.9 %", Formats.percent(0.4589));
        assertEquals("NaN", Formats.number(Double.NaN, 2));
    }
}
