package io.carbonrouter.explorer.ui.form;

import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.ui.common.Formats;
import io.carbonrouter.explorer.ui.model.ScenarioModel;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;

import java.util.OptionalDouble;

/**
 * The view model of one numeric setting: a typed field (validated in place) and, for required settings, a
 * slider. A slider drag is one undo step however many values it passes.
 */
public final class NumberSetting {

    private final SettingSpec spec;
    private final ScenarioModel model;
    private final FieldModel<OptionalDouble> field;
    private final DoubleProperty slider = new SimpleDoubleProperty();
    private boolean syncing;
    private boolean dragging;

    public NumberSetting(SettingSpec spec, ScenarioModel model) {
        this.spec = spec;
        this.model = model;
        this.field = new FieldModel<>(parser(spec), NumberSetting::format,
                v -> model.edit(spec.label(), s -> spec.set().apply(s, v)));
        slider.addListener((obs, old, now) -> {
            if (!syncing) {
                fromSlider(now.doubleValue());
            }
        });
    }

    private static FieldModel.Parser<OptionalDouble> parser(SettingSpec spec) {
        if (spec.optional()) {
            return Parsers.optionalNumber(spec.min(), spec.max(), spec.integer());
        }
        FieldModel.Parser<Double> required = Parsers.number(spec.min(), spec.max(), spec.integer());
        return text -> OptionalDouble.of(required.parse(text));
    }

    private void fromSlider(double raw) {
        double v = spec.integer() ? Math.rint(raw) : roundForSlider(raw);
        OptionalDouble value = OptionalDouble.of(v);
        model.editContinuous("setting-" + spec.key(), spec.label(), s -> spec.set().apply(s, value));
        if (!dragging) {
            model.endGesture();
        }
    }

    /** Slider values keep three significant decimals of the slider's span; nobody drags to 1e-12. */
    private double roundForSlider(double raw) {
        double span = spec.sliderMax() - spec.sliderMin();
        double step = Math.pow(10, Math.floor(Math.log10(span)) - 3);
        return Math.rint(raw / step) * step;
    }

    /** The slider is being dragged ({@code true}) or let go ({@code false}, ending the undo step). */
    public void setDragging(boolean value) {
        dragging = value;
        if (!value) {
            model.endGesture();
        }
    }

    /** Shows the scenario's value in the field and on the slider. */
    public void show(Scenario scenario) {
        OptionalDouble value = spec.get().apply(scenario);
        field.show(value);
        syncing = true;
        try {
            if (value.isPresent()) {
                slider.set(Math.max(spec.sliderMin(), Math.min(spec.sliderMax(), value.getAsDouble())));
            }
        } finally {
            syncing = false;
        }
    }

    private static String format(OptionalDouble v) {
        return v.isPresent() ? Formats.exact(v.getAsDouble()) : "";
    }

    public SettingSpec spec() {
        return spec;
    }

    public FieldModel<OptionalDouble> field() {
        return field;
    }

    /** The slider's value, bound both ways to the control. */
    public DoubleProperty sliderProperty() {
        return slider;
    }
}
