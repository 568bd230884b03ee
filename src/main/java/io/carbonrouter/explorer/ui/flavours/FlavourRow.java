package io.carbonrouter.explorer.ui.flavours;

import io.carbonrouter.explorer.engine.FlavourProfile;
import io.carbonrouter.explorer.ui.chart.SeriesColor;
import io.carbonrouter.explorer.ui.common.Formats;
import io.carbonrouter.explorer.ui.common.UiColors;
import io.carbonrouter.explorer.ui.form.FieldModel;
import io.carbonrouter.explorer.ui.form.Parsers;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;

import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;

/** One flavour in the table: its fields as typed (each validated in place), its switch and its colour. */
public final class FlavourRow {

    private final int index;
    private final FieldModel<String> name;
    private final FieldModel<Double> precision;
    private final FieldModel<Double> carbon;
    private final BooleanProperty enabled = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<SeriesColor> color;
    private boolean syncing;

    /**
     * @param edit applies a change to the flavour at {@code index}, with a label for the undo list
     */
    FlavourRow(int index, BiConsumer<String, UnaryOperator<FlavourProfile>> edit) {
        this.index = index;
        this.color = new ReadOnlyObjectWrapper<>(UiColors.flavour(index));
        name = new FieldModel<>(Parsers.name(), n -> n,
                v -> edit.accept("name of " + currentName(), f -> new FlavourProfile(v, f.precision(),
                        f.carbonIntensity(), f.enabled())));
        precision = new FieldModel<>(Parsers.number(0, 100, false), p -> Formats.number(p, 6),
                v -> edit.accept("precision of " + currentName(), f -> new FlavourProfile(f.name(), v / 100.0,
                        f.carbonIntensity(), f.enabled())));
        carbon = new FieldModel<>(Parsers.number(0, Double.POSITIVE_INFINITY, false), Formats::exact,
                v -> edit.accept("carbon intensity of " + currentName(), f -> new FlavourProfile(f.name(),
                        f.precision(), v, f.enabled())));
        enabled.addListener((obs, old, now) -> {
            if (!syncing) {
                edit.accept((now ? "enable " : "disable ") + currentName(), f -> f.withEnabled(now));
            }
        });
    }

    private String currentName() {
        return name.shown() == null ? "flavour " + (index + 1) : name.shown();
    }

    void show(FlavourProfile f) {
        name.show(f.name());
        precision.show(f.precision() * 100.0);
        carbon.show(f.carbonIntensity());
        syncing = true;
        try {
            enabled.set(f.enabled());
        } finally {
            syncing = false;
        }
    }

    /** The first reason one of this row's fields is refused, with the field named; empty when none. */
    public String error() {
        if (!name.isValid()) {
            return "Name: " + name.errorProperty().get();
        }
        if (!precision.isValid()) {
            return "Precision of " + currentName() + ": " + precision.errorProperty().get();
        }
        if (!carbon.isValid()) {
            return "Carbon intensity of " + currentName() + ": " + carbon.errorProperty().get();
        }
        return "";
    }

    public int index() {
        return index;
    }

    public FieldModel<String> name() {
        return name;
    }

    /** Precision in percent (0..100). */
    public FieldModel<Double> precision() {
        return precision;
    }

    /** Per-request carbon factor, at least 0. */
    public FieldModel<Double> carbon() {
        return carbon;
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    public ReadOnlyObjectProperty<SeriesColor> colorProperty() {
        return color.getReadOnlyProperty();
    }
}
