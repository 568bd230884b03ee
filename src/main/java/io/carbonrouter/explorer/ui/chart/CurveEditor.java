package io.carbonrouter.explorer.ui.chart;

import io.carbonrouter.explorer.ui.chart.skin.CurveEditorSkin;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Skin;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Edits a curve of non-negative values per step (carbon intensity, demand) on a canvas: drag a point up or down,
 * or draw freehand across steps. The control never changes the array it was given: every edit sets a new one.
 * {@link #valuesProperty()} follows the mouse live during a drag; {@link #setOnEditFinished} hears once, at the
 * release, with the final curve. When focused, Left/Right select the neighbouring point and Up/Down change the
 * selected value by 1 (with Shift, 10), each key an edit of its own.
 */
public final class CurveEditor extends TimePlotControl {

    private final ObjectProperty<double[]> values = new SimpleObjectProperty<>(this, "values", new double[0]);
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty unit = new SimpleStringProperty(this, "unit", "");
    private final ObjectProperty<SeriesColor> color = new SimpleObjectProperty<>(this, "color",
            SeriesColor.of(SeriesColor.Role.INTENSITY));
    private final ObjectProperty<EditMode> mode = new SimpleObjectProperty<>(this, "mode", EditMode.DRAG_POINT);
    private final ObjectProperty<CurveFan> fan = new SimpleObjectProperty<>(this, "fan");
    private final IntegerProperty selectedStep = new SimpleIntegerProperty(this, "selectedStep", -1);
    private final IntegerProperty repeats = new SimpleIntegerProperty(this, "repeats", 1);
    private final ObjectProperty<Consumer<double[]>> onEditFinished =
            new SimpleObjectProperty<>(this, "onEditFinished", v -> { });

    public CurveEditor() {
        getStyleClass().add("curve-editor");
        setFocusTraversable(true);
        accessibleTextProperty().bind(title);
    }

    /** The curve; null counts as empty. Edits replace the array, they never write into it. */
    public ObjectProperty<double[]> valuesProperty() {
        return values;
    }

    public double[] getValues() {
        return Objects.requireNonNullElse(values.get(), new double[0]);
    }

    public void setValues(double[] curve) {
        values.set(curve);
    }

    public StringProperty titleProperty() {
        return title;
    }

    public void setTitle(String value) {
        title.set(value);
    }

    /** The unit on the value axis, such as {@code gCO2/kWh}. */
    public StringProperty unitProperty() {
        return unit;
    }

    public void setUnit(String value) {
        unit.set(value);
    }

    /** What the curve stands for, which picks its colour from the stylesheet. */
    public ObjectProperty<SeriesColor> colorProperty() {
        return color;
    }

    public void setColor(SeriesColor value) {
        color.set(value);
    }

    public ObjectProperty<EditMode> modeProperty() {
        return mode;
    }

    public EditMode getMode() {
        return Objects.requireNonNullElse(mode.get(), EditMode.DRAG_POINT);
    }

    public void setMode(EditMode value) {
        mode.set(value);
    }

    /** A curve drawn over the edited one (such as the forecast as issued at a step), with its bands; null for none. */
    public ObjectProperty<CurveFan> fanProperty() {
        return fan;
    }

    public CurveFan getFan() {
        return fan.get();
    }

    public void setFan(CurveFan value) {
        fan.set(value);
    }

    /** The point the keyboard edits: the one last pressed, -1 for none. */
    public IntegerProperty selectedStepProperty() {
        return selectedStep;
    }

    public int getSelectedStep() {
        return selectedStep.get();
    }

    /**
     * How many times the run reads the curve, whole or in part: above 1 the curve is shorter than the run and
     * repeats, and the editor marks the seam where its end runs on into its start.
     */
    public IntegerProperty repeatsProperty() {
        return repeats;
    }

    public int getRepeats() {
        return repeats.get();
    }

    /** Called once when a drag, a freehand stroke or a key press has changed the curve, with the new curve. */
    public ObjectProperty<Consumer<double[]>> onEditFinishedProperty() {
        return onEditFinished;
    }

    public void setOnEditFinished(Consumer<double[]> handler) {
        onEditFinished.set(handler);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new CurveEditorSkin(this);
    }

    /** Sets a new curve and reports the finished edit. */
    public void finishEdit(double[] curve) {
        values.set(curve);
        Consumer<double[]> handler = onEditFinished.get();
        if (handler != null) {
            handler.accept(curve);
        }
    }
}
