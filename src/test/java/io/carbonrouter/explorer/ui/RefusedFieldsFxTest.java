package io.carbonrouter.explorer.ui;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Refused text in the settings and the flavour table: kept as typed, marked by ControlsFX with the reason. */
class RefusedFieldsFxTest extends ExplorerFxTestBase {

    /** The reason on the ControlsFX error mark inside a field, when it has one. */
    private Optional<String> mark(TextField field) {
        return invoke(() -> field.getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof Label l && l.getTooltip() != null)
                .map(n -> ((Label) n).getTooltip().getText()).findFirst());
    }

    private TextField setting(String key) {
        return lookup("#setting-" + key).queryAs(TextField.class);
    }

    @Test
    void givenLettersInTheTargetErrorThenTheFieldIsMarkedAndTheScenarioStaysUntilFixed() {
        TextField target = setting("targetError");

        type(target, "abc");

        assertEquals("abc", invoke(target::getText));
        assertEquals(Optional.of("enter a number from 0 to 1"), mark(target));
        assertEquals(0.15, scenario().config().targetError());

        type(target, "0.2");

        assertEquals(Optional.empty(), mark(target));
        assertEquals(0.2, scenario().config().targetError(), 1e-12);
    }

    @Test
    void givenANegativeCreditWindowThenTheFieldIsMarkedAndTheStatusBarSaysWhy() {
        TextField window = setting("creditWindow");
        int before = scenario().config().creditWindow();

        type(window, "-5");

        assertEquals("-5", invoke(window::getText));
        assertTrue(mark(window).orElseThrow().contains("at least 1"), mark(window).toString());
        assertEquals(before, scenario().config().creditWindow());
        String status = invoke(() -> lookup(".status-message").queryAs(Label.class).getText());
        assertTrue(status.startsWith("Credit window: "), status);

        type(window, "120");

        assertEquals(Optional.empty(), mark(window));
        assertEquals(120, scenario().config().creditWindow());
    }

    @Test
    void givenANegativeCarbonInACellThenTheCellIsMarkedAndFixingItClearsTheMark() {
        TextField carbon = lookup(".cell-field.carbon").queryAllAs(TextField.class).stream()
                .filter(f -> f.isVisible() && !f.getText().isEmpty())
                .min(Comparator.comparingDouble(f -> f.localToScreen(0, 0).getY())).orElseThrow();

        type(carbon, "-3");

        assertEquals(Optional.of("enter a number of at least 0"), mark(carbon));
        assertEquals(1.0, scenario().flavours().get(0).carbonIntensity());

        type(carbon, "0.9");

        assertEquals(Optional.empty(), mark(carbon));
        assertEquals(0.9, scenario().flavours().get(0).carbonIntensity(), 1e-12);
    }

    @Test
    void givenCreditMinAboveCreditMaxThenTheBannerSaysSoAndNeitherFieldIsMarked() {
        TextField min = setting("creditMin");

        type(min, "5");

        Label banner = lookup(".banner").queryAs(Label.class);
        assertTrue(invoke(banner::isVisible));
        assertTrue(invoke(banner::getText).contains("creditMin"), invoke(banner::getText));
        assertEquals(Optional.empty(), mark(min));
        assertEquals(Optional.empty(), mark(setting("creditMax")));
    }
}
