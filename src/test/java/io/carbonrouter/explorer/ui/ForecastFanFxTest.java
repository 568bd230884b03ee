package io.carbonrouter.explorer.ui;

import io.carbonrouter.explorer.ui.chart.CurveEditor;
import io.carbonrouter.explorer.ui.chart.CurveFan;
import io.carbonrouter.explorer.ui.settings.ForecastMode;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ForecastFanFxTest extends ExplorerFxTestBase {

    @Test
    void givenTheErrorModelChosenInTheSettingsThenTheCurveEditorHasAFanAndTheModelsFieldsShow() {
        CurveEditor editor = lookup("#curve-editor").queryAs(CurveEditor.class);
        TextField sd = lookup("#setting-forecastError-sd").queryAs(TextField.class);
        assertNull(invoke(editor::getFan));
        assertFalse(invoke(sd::isVisible));
        @SuppressWarnings("unchecked")
        ComboBox<ForecastMode> mode = lookup("#setting-forecast-mode").queryAs(ComboBox.class);

        invoke(() -> {
            mode.setValue(ForecastMode.ERROR_MODEL);
            return null;
        });

        waitUntil(() -> editor.getFan() != null);
        CurveFan fan = invoke(editor::getFan);
        assertTrue(fan.hasBands());
        assertTrue(fan.line().length > 1);
        assertTrue(invoke(sd::isVisible));
        assertTrue(scenario().forecastError().isPresent());
    }
}
