package io.carbonrouter.explorer.ui.chart.skin;

import io.carbonrouter.explorer.ui.chart.AxisSide;
import io.carbonrouter.explorer.ui.chart.ChromeColor;
import io.carbonrouter.explorer.ui.chart.CurveEditor;
import io.carbonrouter.explorer.ui.chart.CurveFan;
import io.carbonrouter.explorer.ui.chart.EditMode;
import io.carbonrouter.explorer.ui.chart.SeriesColor;
import io.carbonrouter.explorer.ui.chart.TimeWindow;
import javafx.beans.property.StringProperty;
import javafx.event.EventHandler;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.paint.Color;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Paints a {@link CurveEditor} and turns the mouse and keys into edits. The value axis keeps its range while a
 * drag is under way (so the point under the mouse does not run away) and refits, with headroom, when it ends.
 */
public final class CurveEditorSkin extends PlotSkin<CurveEditor> {

    /** How near (in pixels) a press must be to a point to grab it. */
    static final double GRAB_RADIUS = 8;
    /** The axis reaches this far above the highest value, so a point can be dragged higher. */
    private static final double HEADROOM = 1.2;

    private final CurvePainter painter = new CurvePainter();
    private final EventHandler<KeyEvent> onKey = this::keyPressed;
    private double rangeMax;
    private boolean editing;
    private boolean edited;
    private int dragStep = -1;
    private double lastX;
    private double lastPosition;
    private double lastValue;
    private double mouseX = Double.NaN;
    private double mouseY = Double.NaN;
    private int hoverPoint = -1;

    public CurveEditorSkin(CurveEditor editor) {
        super(editor, List.of(editor.titleProperty(), editor.unitProperty(), editor.colorProperty(),
                editor.modeProperty(), editor.repeatsProperty()), 200);
        registerInvalidationListener(editor.valuesProperty(), x -> valuesChanged());
        registerInvalidationListener(editor.selectedStepProperty(), x -> canvases.invalidateOverlay());
        registerInvalidationListener(editor.fanProperty(), x -> valuesChanged());
        editor.addEventHandler(KeyEvent.KEY_PRESSED, onKey);
        refitRange();
    }

    @Override
    public void dispose() {
        getSkinnable().removeEventHandler(KeyEvent.KEY_PRESSED, onKey);
        super.dispose();
    }

    @Override
    public int steps() {
        return getSkinnable().getValues().length;
    }

    @Override
    public void press(double x, double y, PlotFrame f) {
        CurveEditor editor = getSkinnable();
        editor.requestFocus();
        edited = false;
        if (editor.getMode() == EditMode.DRAW) {
            editing = true;
            lastX = x;
            lastPosition = f.position(x);
            lastValue = valueAt(y, f);
            int[] steps = f.stepsAt(x);
            edit(CurveEdits.line(editor.getValues(), steps[0], steps[1] - 1, lastPosition, lastValue,
                    lastPosition, lastValue));
            return;
        }
        int hit = pointNear(x, y, f);
        if (hit < 0) {
            editor.pick(f.stepAt(x));
            return;
        }
        editing = true;
        dragStep = hit;
        editor.selectedStepProperty().set(hit);
    }

    @Override
    public void drag(double x, double y, PlotFrame f) {
        CurveEditor editor = getSkinnable();
        if (!editing) {
            editor.pick(f.stepAt(x));
            return;
        }
        double value = valueAt(y, f);
        if (editor.getMode() == EditMode.DRAW) {
            double cx = Math.max(f.left(), Math.min(f.right() - 1, x));
            double position = f.position(cx);
            int[] from = f.stepsAt(lastX);
            int[] to = f.stepsAt(cx);
            edit(CurveEdits.line(editor.getValues(), Math.min(from[0], to[0]), Math.max(from[1], to[1]) - 1,
                    lastPosition, lastValue, position, value));
            lastX = cx;
            lastPosition = position;
            lastValue = value;
        } else if (dragStep >= 0 && dragStep < steps() && editor.getValues()[dragStep] != value) {
            edit(CurveEdits.set(editor.getValues(), dragStep, value));
        }
    }

    @Override
    public void release(double x, double y, PlotFrame f) {
        boolean changed = editing && edited;
        editing = false;
        edited = false;
        dragStep = -1;
        if (changed) {
            refitRange();
            canvases.invalidatePicture();
            getSkinnable().finishEdit(getSkinnable().getValues());
        }
    }

    @Override
    public void hover(double x, double y) {
        mouseX = x;
        mouseY = y;
        updateHover();
        canvases.invalidateOverlay();
    }

    private void edit(double[] curve) {
        edited = true;
        getSkinnable().setValues(curve);
    }

    /** The value at {@code y}, kept within 0 and the top of the (frozen) axis and rounded to what a pixel means. */
    private double valueAt(double y, PlotFrame f) {
        NiceScale scale = geometry.left();
        double value = Math.max(0, Math.min(scale.max(), scale.value(y, f.top(), f.height())));
        return quantise(value, (scale.max() - scale.min()) / f.height());
    }

    /** Rounds to the power of ten just below one pixel's worth, so dragged values read cleanly. */
    static double quantise(double value, double perPixel) {
        int exponent = (int) Math.floor(Math.log10(perPixel));
        if (exponent >= 0) {
            double q = Math.pow(10, exponent);
            return Math.round(value / q) * q;
        }
        double inverse = Math.pow(10, -exponent);
        return Math.round(value * inverse) / inverse;
    }

    /** The step whose point lies nearest {@code (x, y)} within the grab radius, or -1. */
    private int pointNear(double x, double y, PlotFrame f) {
        double[] values = getSkinnable().getValues();
        if (geometry == null || values.length == 0) {
            return -1;
        }
        int best = -1;
        double bestDistance = GRAB_RADIUS * GRAB_RADIUS;
        int hi = Math.min(values.length - 1, f.stepAt(x + GRAB_RADIUS));
        for (int i = f.stepAt(x - GRAB_RADIUS); i <= hi; i++) {
            double dx = f.x(i) - x;
            double dy = geometry.y(AxisSide.LEFT, values[i]) - y;
            double distance = dx * dx + dy * dy;
            if (distance <= bestDistance) {
                bestDistance = distance;
                best = i;
            }
        }
        return best;
    }

    private void valuesChanged() {
        int selected = getSkinnable().getSelectedStep();
        if (selected >= steps()) {
            getSkinnable().selectedStepProperty().set(-1);
        }
        if (!editing) {
            refitRange();
        }
        canvases.invalidatePicture();
    }

    private void refitRange() {
        double max = 0;
        for (double v : getSkinnable().getValues()) {
            if (Double.isFinite(v)) {
                max = Math.max(max, v);
            }
        }
        CurveFan fan = getSkinnable().getFan();
        if (fan != null) {
            max = Math.max(max, fan.top());
        }
        rangeMax = max > 0 ? max * HEADROOM : 1;
    }

    private void keyPressed(KeyEvent e) {
        CurveEditor editor = getSkinnable();
        int selected = editor.getSelectedStep();
        int steps = steps();
        if (selected < 0 || selected >= steps) {
            return;
        }
        switch (e.getCode()) {
            case LEFT, RIGHT -> {
                int next = Math.max(0, Math.min(steps - 1, selected + (e.getCode() == KeyCode.LEFT
                        ? -1 : 1)));
                editor.selectedStepProperty().set(next);
                keepVisible(next, steps);
            }
            case UP, DOWN -> {
                double delta = (e.isShiftDown() ? 10 : 1) * (e.getCode() == KeyCode.UP ? 1 : -1);
                double[] curve = CurveEdits.set(editor.getValues(), selected, editor.getValues()[selected] + delta);
                editor.finishEdit(curve);
            }
            case ESCAPE -> editor.selectedStepProperty().set(-1);
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void keepVisible(int step, int steps) {
        TimeWindow window = getSkinnable().window(steps);
        if (step < window.from()) {
            getSkinnable().showWindow(window.pan(step - window.from(), steps), steps);
        } else if (step >= window.to()) {
            getSkinnable().showWindow(window.pan(step - window.to() + 1, steps), steps);
        }
    }

    @Override
    protected void paintPicture(Canvas canvas, double w, double h) {
        CurveEditor editor = getSkinnable();
        double[] values = editor.getValues();
        String hint = editor.getMode() == EditMode.DRAW ? "drag across to draw" : "drag a point up or down";
        CurvePainter.Model model = new CurvePainter.Model(text(editor.titleProperty()), text(editor.unitProperty()),
                hint, values, seriesColor(), editor.getTimeLabels(), editor.window(values.length), rangeMax,
                editor.leftGutterProperty().get(), editor.rightGutterProperty().get(),
                Optional.ofNullable(editor.getFan()), editor.getRepeats());
        geometry = painter.paint(canvas.getGraphicsContext2D(), w, h, model, editor.chartStyle());
        updateHover();
    }

    /** The selected point, under the hover box. */
    @Override
    protected void paintBelowHover(GraphicsContext gc, PlotFrame f) {
        int selected = getSkinnable().getSelectedStep();
        if (selected >= f.from() && selected < Math.min(f.to(), steps())) {
            ring(gc, f, selected, 4.5, color(), true);
        }
    }

    /** The point a press would grab, over the hover box. */
    @Override
    protected void paintAboveHover(GraphicsContext gc, PlotFrame f) {
        if (hoverPoint >= 0 && hoverPoint < steps()) {
            ring(gc, f, hoverPoint, 6, color(), false);
        }
    }

    private void ring(GraphicsContext gc, PlotFrame f, int step, double radius, Color color, boolean filled) {
        double x = f.x(step);
        double y = geometry.y(AxisSide.LEFT, getSkinnable().getValues()[step]);
        gc.setLineWidth(2);
        gc.setStroke(color);
        gc.setFill(filled ? color : getSkinnable().chartStyle().color(ChromeColor.GRAB_FILL));
        gc.fillOval(x - radius, y - radius, 2 * radius, 2 * radius);
        gc.strokeOval(x - radius, y - radius, 2 * radius, 2 * radius);
    }

    private static String text(StringProperty property) {
        return Objects.requireNonNullElse(property.get(), "");
    }

    /** What the curve stands for; its colour is the stylesheet's. */
    private SeriesColor seriesColor() {
        return Objects.requireNonNullElse(getSkinnable().colorProperty().get(),
                SeriesColor.of(SeriesColor.Role.INTENSITY));
    }

    private Color color() {
        return getSkinnable().chartStyle().color(seriesColor());
    }

    /** The hover text and marks, and the grab cursor over a point that a press would take. */
    private void updateHover() {
        CurveEditor editor = getSkinnable();
        double[] values = editor.getValues();
        if (geometry == null || values.length == 0 || !geometry.frame().contains(mouseX, mouseY)) {
            hover = null;
            hoverPoint = -1;
            editor.setHoverText("");
            editor.setCursor(Cursor.DEFAULT);
            return;
        }
        PlotFrame f = geometry.frame();
        boolean points = editor.getMode() == EditMode.DRAG_POINT;
        hoverPoint = editing ? dragStep : points ? pointNear(mouseX, mouseY, f) : -1;
        int step = hoverPoint >= 0 ? hoverPoint : f.stepAt(mouseX);
        double v = step < values.length ? values[step] : Double.NaN;
        String name = text(editor.titleProperty()).isEmpty() ? "value" : text(editor.titleProperty());
        Hover.Row row = new Hover.Row(color(), name, v, text(editor.unitProperty()),
                Double.isFinite(v) ? geometry.y(AxisSide.LEFT, v) : Double.NaN);
        hover = new Hover(mouseX, mouseY, step, editor.getTimeLabels().label(step), List.of(row));
        editor.setHoverText(hover.text());
        editor.setCursor(!points ? Cursor.CROSSHAIR : hoverPoint >= 0 ? Cursor.V_RESIZE : Cursor.DEFAULT);
    }
}
