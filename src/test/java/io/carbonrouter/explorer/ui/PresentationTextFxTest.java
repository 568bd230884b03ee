package io.carbonrouter.explorer.ui;

import io.carbonrouter.explorer.ui.settings.ForecastMode;
import io.carbonrouter.explorer.ui.toolbar.ToolbarViewModel.PolicyChoice;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.Slider;
import javafx.scene.control.TitledPane;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Presentation mode's larger text on a 1024x768 projector: the settings' labels and the policy box's strategy
 * show whole, not cut to "Credit sen..." or "forecast-aware-gl...".
 */
class PresentationTextFxTest extends ExplorerFxTestBase {

    private void show(int width, int height, boolean presentation) {
        runFx(() -> {
            vm().presentationProperty().set(presentation);
            window.stage().setFullScreen(false);
            window.stage().setWidth(width);
            window.stage().setHeight(height);
        });
    }

    private void layout() {
        runFx(() -> {
            window.scene().getRoot().applyCss();
            window.scene().getRoot().layout();
        });
    }

    /** Whether a labeled's text as drawn is shorter than its text (an ellipsis in its stead). */
    static boolean cut(Labeled l) {
        return invoke(() -> drawnCut(l));
    }

    /** {@link #cut}, for a caller already on the FX thread. */
    static boolean drawnCut(Labeled l) {
        return l.lookup(".text") instanceof Text drawn && !drawn.getText().equals(l.getText());
    }

    @Test
    void givenPresentationModeAt1024x768WhenALessonStepBringsTheEditorsThenEverySettingsLabelShowsWhole() {
        show(1024, 768, true);
        // credit-ledger's second step rings Target error: presentation mode brings the editors back for it.
        runFx(() -> {
            vm().lessons().open(vm().lessons().builtIn().get(0));
            vm().lessons().next();
        });
        waitUntil(() -> window.scene().getRoot().lookup(".editors") != null);
        Parent editors = invoke(() -> (Parent) window.scene().getRoot().lookup(".editors"));
        runFx(() -> {
            vm().settings().engineForecast().modeProperty().set(ForecastMode.ERROR_MODEL);
            for (Node pane : editors.lookupAll(".titled-pane")) {
                ((TitledPane) pane).setAnimated(false);
                ((TitledPane) pane).setExpanded(true);
            }
        });
        layout();

        List<Label> labels = invoke(() -> editors.lookupAll(".setting-label").stream()
                .map(Label.class::cast).filter(Node::isVisible).toList());
        assertTrue(labels.size() >= 20, "the settings have their labels: " + labels.size());
        for (Label label : labels) {
            assertFalse(cut(label), "presentation 1024x768: the setting label '" + invoke(label::getText)
                    + "' is cut to '" + invoke(() -> ((Text) label.lookup(".text")).getText()) + "'");
        }
        for (Node slider : invoke(() -> List.copyOf(editors.lookupAll(".slider")))) {
            double width = invoke(() -> ((Slider) slider).getWidth());
            assertTrue(width >= 80, "presentation 1024x768: " + slider.getId() + " is squeezed to " + width + " px");
        }
    }

    @SuppressWarnings("unchecked")
    @ParameterizedTest
    @CsvSource({"1024, 768, true", "1280, 720, true", "1024, 768, false", "1280, 720, false"})
    void givenTheLongestStrategyNameThenThePolicyBoxShowsItWhole(int width, int height, boolean presentation) {
        show(width, height, presentation);
        ComboBox<PolicyChoice> box = lookup("#policy").queryAs(ComboBox.class);
        runFx(() -> box.setValue(box.getItems().stream().filter(p -> p.name().equals("forecast-aware-global"))
                .findFirst().orElseThrow()));
        // The button cell, the box's own child (the list's cells hang under its list view).
        ListCell<?> cell = invoke(() -> box.getChildrenUnmodifiable().stream().filter(ListCell.class::isInstance)
                .map(ListCell.class::cast).findFirst().orElseThrow());
        layout();
        assertTrue(invoke(() -> "forecast-aware-global".equals(cell.getText())), "the box shows " + invoke(cell::getText));

        String at = (presentation ? "presentation " : "normal ") + width + "x" + height;
        assertFalse(cut(cell), at + ": the policy box shows '" + invoke(() -> ((Text) cell.lookup(".text")).getText())
                + "' (" + invoke(box::getWidth) + " px wide, font " + invoke(cell::getFont) + ")");
    }
}
