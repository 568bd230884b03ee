package io.carbonrouter.explorer.ui.settings;

import io.carbonrouter.explorer.simulation.ComponentSettings;
import io.carbonrouter.explorer.simulation.ComponentSettingsRules;
import io.carbonrouter.explorer.simulation.Problem;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.ui.form.FieldModel;
import io.carbonrouter.explorer.ui.model.ScenarioModel;

import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One operator setting of one component (a cooldown, a CPU trigger, a resource quantity): typed text checked by
 * the scenario validator's own rules for that field, and a commit that is one undoable edit of the scenario.
 *
 * @param <T> the value type
 */
public final class OperatorField<T> {

    private final String key;
    private final String label;
    private final String tooltip;
    private final String component;
    private final Function<ComponentSettings, T> get;
    private final FieldModel<T> field;

    /**
     * @param path   the field's path in the scenario file under {@code componentBounds.<component>}, which is
     *               also where the validator reports its problems
     * @param parser the text rule before the validator's (a number, an optional quantity)
     */
    OperatorField(ScenarioModel model, String component, String path, String label, String tooltip,
                  FieldModel.Parser<T> parser, Function<T, String> format, Function<ComponentSettings, T> get,
                  BiFunction<ComponentSettings, T, ComponentSettings> set) {
        this.key = component + "-" + path.replace('.', '-');
        this.label = label;
        this.tooltip = tooltip;
        this.component = component;
        this.get = get;
        String at = "componentBounds." + component + "." + path;
        FieldModel.Parser<T> checked = text -> {
            T value = parser.parse(text);
            ComponentSettings next = set.apply(model.scenario().deployment().component(component), value);
            ComponentSettingsRules.problems(component, next).stream().filter(p -> p.path().equals(at))
                    .map(Problem::message).findFirst().ifPresent(m -> {
                        throw new IllegalArgumentException(m);
                    });
            return value;
        };
        field = new FieldModel<>(checked, format, v -> model.edit(component + " " + path,
                s -> s.toBuilder().deployment(s.deployment().withComponent(component,
                        set.apply(s.deployment().component(component), v))).build()));
    }

    void show(Scenario s) {
        field.show(get.apply(s.deployment().component(component)));
    }

    /** The id suffix of the field's control, such as {@code router-resources-requests-cpu}. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** Names the TrafficSchedule field the setting becomes, and that the explorer does not simulate it. */
    public String tooltip() {
        return tooltip;
    }

    public FieldModel<T> field() {
        return field;
    }
}
