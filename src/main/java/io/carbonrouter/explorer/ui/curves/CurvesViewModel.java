package io.carbonrouter.explorer.ui.curves;

import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.ui.chart.CurveFan;
import io.carbonrouter.explorer.ui.chart.EditMode;
import io.carbonrouter.explorer.ui.common.Formats;
import io.carbonrouter.explorer.ui.form.FieldModel;
import io.carbonrouter.explorer.ui.form.Parsers;
import io.carbonrouter.explorer.ui.model.ScenarioModel;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.IntSupplier;

/**
 * The curve editor: which curve it shows (intensity or demand), point drags and freehand strokes (one undo
 * step per gesture), presets, transforms with their parameters, and over the actual intensity the forecast as
 * issued at the cursor.
 */
public final class CurvesViewModel {

    /** Demand a new demand curve starts with, the engine's default when there is none. */
    static final double DEFAULT_DEMAND = 100.0;

    private final ScenarioModel model;
    private final IntSupplier cursor;
    private final ObjectProperty<CurveTarget> target = new SimpleObjectProperty<>(CurveTarget.INTENSITY);
    private final ObjectProperty<EditMode> mode = new SimpleObjectProperty<>(EditMode.DRAG_POINT);
    private final ReadOnlyObjectWrapper<double[]> values = new ReadOnlyObjectWrapper<>(new double[0]);
    private final ReadOnlyObjectWrapper<CurveFan> fan = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper hasDemand = new ReadOnlyBooleanWrapper(false);
    private final FieldModel<Double> scaleFactor = parameter(Parsers.number(0, 1e6, false), 1.2);
    private final FieldModel<Double> shiftBy = parameter(Parsers.number(-1e6, 1e6, false), 20.0);
    private final FieldModel<Double> smoothWindow = parameter(Parsers.number(1, 1000, true), 3.0);
    private final FieldModel<Double> noiseAmplitude = parameter(Parsers.number(0, 1e6, false), 15.0);
    private final FieldModel<Long> noiseSeed = new FieldModel<>(Parsers.wholeNumber(), String::valueOf, v -> { });

    /**
     * @param cursor the forecast slot the run's step under the cursor read ({@code Timeline.cursorSlot}, the
     *               run's {@code slot(t)}): where a spike goes and where the forecast fan is issued
     */
    public CurvesViewModel(ScenarioModel model, IntSupplier cursor) {
        this.model = model;
        this.cursor = cursor;
        noiseSeed.show(42L);
        model.scenarioProperty().addListener((obs, old, now) -> show(now));
        target.addListener((obs, old, now) -> show(model.scenario()));
        show(model.scenario());
    }

    private static FieldModel<Double> parameter(FieldModel.Parser<Double> parser, double initial) {
        FieldModel<Double> f = new FieldModel<>(parser, v -> Formats.exact(v), v -> { });
        f.show(initial);
        return f;
    }

    private void show(Scenario s) {
        hasDemand.set(s.hasDemand());
        if (target.get() == CurveTarget.DEMAND && !s.hasDemand()) {
            target.set(CurveTarget.INTENSITY);
            return;
        }
        double[] curve = curveOf(s);
        if (!Arrays.equals(curve, values.get())) {
            values.set(curve);
        }
        showForecast(s);
    }

    /** The cursor's slot moved: the fan shows the forecast as issued at its curve point. */
    public void cursorMoved() {
        showForecast(model.scenario());
    }

    private void showForecast(Scenario s) {
        int n = s.intensity().length;
        int slot = cursor.getAsInt();
        Optional<CurveFan> issued = target.get() == CurveTarget.INTENSITY && n > 0 && slot >= 0
                ? ForecastFans.issuedAt(s, slot % n) : Optional.empty();
        fan.set(issued.orElse(null));
    }

    private double[] curveOf(Scenario s) {
        return target.get() == CurveTarget.DEMAND ? s.demand() : s.intensity();
    }

    private Scenario withCurve(Scenario s, double[] curve) {
        return target.get() == CurveTarget.DEMAND ? s.toBuilder().demand(curve).build()
                : s.toBuilder().intensity(curve).build();
    }

    /** A point drag or stroke in progress: the run follows, and the whole gesture is one undo step. */
    public void dragged(double[] curve) {
        if (Arrays.equals(curve, curveOf(model.scenario()))) {
            return;
        }
        double[] copy = curve.clone();
        model.editContinuous("curve-" + target.get().key(), target.get().title() + " curve",
                s -> withCurve(s, copy));
    }

    /** The gesture ended with this curve. */
    public void finished(double[] curve) {
        dragged(curve);
        model.endGesture();
    }

    /** Adds a flat demand curve (the engine's default demand) or removes the demand curve. */
    public void setDemand(boolean on) {
        if (on == model.scenario().hasDemand()) {
            return;
        }
        if (on) {
            double[] flat = new double[model.scenario().intensity().length];
            Arrays.fill(flat, DEFAULT_DEMAND);
            model.edit("add demand curve", s -> s.toBuilder().demand(flat).build());
        } else {
            model.edit("remove demand curve", s -> s.toBuilder().demand(new double[0]).build());
        }
    }

    public void applyPreset(CurvePreset preset) {
        Scenario s = model.scenario();
        int n = Math.max(1, s.intensity().length);
        int at = Math.max(0, cursor.getAsInt()) % n;
        long seed = noiseSeed.value().orElse(0L);
        int slotMinutes = (int) Math.max(1, Math.round(s.slotMinutes()));
        double[] shaped = CurveTools.preset(preset, target.get(), n, slotMinutes, curveOf(s), at, seed);
        replace(preset.label() + " " + target.get().title().toLowerCase(java.util.Locale.ROOT), shaped);
    }

    public void scale() {
        scaleFactor.value().ifPresent(f -> replace("scale curve", CurveTransforms.scale(current(), f)));
    }

    public void shift() {
        shiftBy.value().ifPresent(d -> replace("shift curve", CurveTransforms.shift(current(), d)));
    }

    public void smooth() {
        smoothWindow.value().ifPresent(w -> replace("smooth curve", CurveTransforms.smooth(current(), w.intValue())));
    }

    public void addNoise() {
        Optional<Double> amplitude = noiseAmplitude.value();
        Optional<Long> seed = noiseSeed.value();
        if (amplitude.isPresent() && seed.isPresent()) {
            replace("add noise", CurveTransforms.addNoise(current(), amplitude.get(), seed.get()));
        }
    }

    private double[] current() {
        return curveOf(model.scenario());
    }

    private void replace(String label, double[] curve) {
        if (curve.length > 0) {
            model.edit(label, s -> withCurve(s, curve));
        }
    }

    public ObjectProperty<CurveTarget> targetProperty() {
        return target;
    }

    public ObjectProperty<EditMode> modeProperty() {
        return mode;
    }

    /** The curve on screen; a new array whenever the scenario's curve changes. */
    public ReadOnlyObjectProperty<double[]> valuesProperty() {
        return values.getReadOnlyProperty();
    }

    /** The forecast as issued at the cursor's point, with the error model's bands; null when there is none. */
    public ReadOnlyObjectProperty<CurveFan> fanProperty() {
        return fan.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasDemandProperty() {
        return hasDemand.getReadOnlyProperty();
    }

    public FieldModel<Double> scaleFactor() {
        return scaleFactor;
    }

    public FieldModel<Double> shiftBy() {
        return shiftBy;
    }

    public FieldModel<Double> smoothWindow() {
        return smoothWindow;
    }

    public FieldModel<Double> noiseAmplitude() {
        return noiseAmplitude;
    }

    public FieldModel<Long> noiseSeed() {
        return noiseSeed;
    }
}
