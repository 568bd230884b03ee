package io.carbonrouter.explorer.ui.analysis;

import io.carbonrouter.explorer.simulation.compare.SweepParameter;
import io.carbonrouter.explorer.simulation.compare.SweepRange;
import io.carbonrouter.explorer.simulation.compare.SweepSpecException;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One parameter row of the sweep dialog: which setting, from, to and step as typed, checked as typed with the
 * command line's messages. Choosing another setting fills in a range that suits it.
 */
public final class SweepRangeModel {

    /** Which of the three fields a problem is about, to flag them. */
    public enum Field { FROM, TO, STEP }

    /** Ranges to start from: each spans the setting's useful values in a handful of steps. */
    private static final Map<SweepParameter, String[]> STARTING_RANGES = Map.ofEntries(
            Map.entry(SweepParameter.TARGET_ERROR, new String[] {"0.05", "0.3", "0.05"}),
            Map.entry(SweepParameter.CREDIT_MIN, new String[] {"-2", "-0.25", "0.25"}),
            Map.entry(SweepParameter.CREDIT_MAX, new String[] {"0.25", "2", "0.25"}),
            Map.entry(SweepParameter.CREDIT_SENSITIVITY, new String[] {"0.1", "1", "0.1"}),
            Map.entry(SweepParameter.CREDIT_WINDOW, new String[] {"60", "600", "60"}),
            Map.entry(SweepParameter.THROTTLE_MIN, new String[] {"0", "0.5", "0.1"}),
            Map.entry(SweepParameter.THROTTLE_INTENSITY_FLOOR, new String[] {"50", "250", "50"}),
            Map.entry(SweepParameter.THROTTLE_INTENSITY_CEILING, new String[] {"250", "650", "100"}),
            Map.entry(SweepParameter.FORECAST_ERROR_BIAS, new String[] {"-40", "40", "20"}),
            Map.entry(SweepParameter.FORECAST_ERROR_SD, new String[] {"0", "60", "10"}),
            Map.entry(SweepParameter.FORECAST_ERROR_GROWTH, new String[] {"0", "0.1", "0.02"}),
            Map.entry(SweepParameter.FORECAST_ERROR_CORRELATION, new String[] {"0", "1", "0.2"}));

    private final BooleanProperty enabled = new SimpleBooleanProperty(true);
    private final ObjectProperty<SweepParameter> parameter = new SimpleObjectProperty<>();
    private final StringProperty from = new SimpleStringProperty("");
    private final StringProperty to = new SimpleStringProperty("");
    private final StringProperty step = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Set<Field>> flagged = new ReadOnlyObjectWrapper<>(Set.of());
    private final ReadOnlyObjectWrapper<Optional<SweepRange>> range = new ReadOnlyObjectWrapper<>(Optional.empty());

    public SweepRangeModel(SweepParameter initial, boolean on) {
        enabled.set(on);
        parameter.addListener((obs, old, p) -> {
            if (p != null) {
                String[] r = STARTING_RANGES.get(p);
                from.set(r[0]);
                to.set(r[1]);
                step.set(r[2]);
            }
        });
        parameter.set(initial);
        for (Observable o : List.of(enabled, parameter, from, to, step)) {
            o.addListener(x -> check());
        }
        check();
    }

    private void check() {
        if (!enabled.get() || parameter.get() == null) {
            show(Optional.empty(), "", Set.of());
            return;
        }
        String name = parameter.get().key();
        for (Field f : Field.values()) {
            String text = text(f).get().trim();
            if (text.contains(":") || text.contains("=")) {
                show(Optional.empty(), name + ": " + f + " '" + text + "' is not a number", Set.of(f));
                return;
            }
        }
        try {
            SweepRange r = SweepRange.parse(name + "=" + from.get() + ":" + to.get() + ":" + step.get());
            show(Optional.of(r), "", Set.of());
        } catch (SweepSpecException e) {
            show(Optional.empty(), e.getMessage(), blame());
        }
    }

    /**
     * The fields a refused range is about: those that are not numbers; else the step when it is not positive,
     * FROM and TO when they are the wrong way round, values a whole-number setting cannot take, and otherwise
     * the step (too wide for the range, or too fine for the grid).
     */
    private Set<Field> blame() {
        Map<Field, BigDecimal> values = new EnumMap<>(Field.class);
        Set<Field> bad = EnumSet.noneOf(Field.class);
        for (Field f : Field.values()) {
            try {
                values.put(f, new BigDecimal(text(f).get().trim()));
            } catch (NumberFormatException e) {
                bad.add(f);
            }
        }
        if (!bad.isEmpty()) {
            return bad;
        }
        BigDecimal lo = values.get(Field.FROM);
        BigDecimal stride = values.get(Field.STEP);
        if (stride.signum() <= 0) {
            return EnumSet.of(Field.STEP);
        }
        if (lo.compareTo(values.get(Field.TO)) >= 0) {
            return EnumSet.of(Field.FROM, Field.TO);
        }
        if (parameter.get().whole()) {
            values.forEach((f, v) -> {
                if (f != Field.TO && v.stripTrailingZeros().scale() > 0) {
                    bad.add(f);
                }
            });
        }
        return bad.isEmpty() ? EnumSet.of(Field.STEP) : bad;
    }

    private void show(Optional<SweepRange> r, String message, Set<Field> fields) {
        range.set(r);
        problem.set(message);
        flagged.set(Set.copyOf(fields));
    }

    private StringProperty text(Field f) {
        return switch (f) {
            case FROM -> from;
            case TO -> to;
            case STEP -> step;
        };
    }

    /** Whether this row takes part (the second row is optional). */
    public BooleanProperty enabledProperty() {
        return enabled;
    }

    public ObjectProperty<SweepParameter> parameterProperty() {
        return parameter;
    }

    public StringProperty fromProperty() {
        return from;
    }

    public StringProperty toProperty() {
        return to;
    }

    public StringProperty stepProperty() {
        return step;
    }

    /** What is wrong with the row, in the command line's words; empty when it is fine or off. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The fields to mark as wrong. */
    public ReadOnlyObjectProperty<Set<Field>> flaggedProperty() {
        return flagged.getReadOnlyProperty();
    }

    /** The checked range; empty when the row is off or wrong. */
    public ReadOnlyObjectProperty<Optional<SweepRange>> rangeProperty() {
        return range.getReadOnlyProperty();
    }
}
