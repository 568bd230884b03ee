package io.carbonrouter.explorer.ui.toolbar;

import io.carbonrouter.explorer.engine.StrategyProvider;
import io.carbonrouter.explorer.engine.StrategyRegistry;
import io.carbonrouter.explorer.ui.common.Formats;
import io.carbonrouter.explorer.ui.model.ScenarioModel;
import io.carbonrouter.explorer.ui.run.Playback;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.List;
import java.util.stream.Stream;

/**
 * The toolbar's own state: the policy choice (every registered strategy, with its description) and the
 * playback speed on a logarithmic slider. Play, step and the file actions delegate to their owners.
 */
public final class ToolbarViewModel {

    /** A strategy as the policy box lists it. */
    public record PolicyChoice(String name, String description) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** The speed slider runs from 10^0 to 10^3 steps per second. */
    public static final double SPEED_EXPONENT_MAX = 3;

    private final List<PolicyChoice> policies;
    private final ObjectProperty<PolicyChoice> policy = new SimpleObjectProperty<>();
    private final DoubleProperty speedExponent = new SimpleDoubleProperty();
    private final StringBinding speedText;
    private boolean syncing;

    public ToolbarViewModel(ScenarioModel model, StrategyRegistry registry, Playback playback) {
        // today's strategies, then the historical versions of upstream's (name@commit)
        policies = Stream.concat(registry.providers().stream(), registry.historical().stream())
                .map(ToolbarViewModel::choice).toList();
        showPolicy(model.scenario().policy());
        model.scenarioProperty().addListener((obs, old, s) -> showPolicy(s.policy()));
        policy.addListener((obs, old, now) -> {
            if (!syncing && now != null && !now.name().equals(model.scenario().policy())) {
                model.edit("policy " + now.name(), s -> s.withPolicy(now.name()));
            }
        });
        speedExponent.set(Math.log10(playback.speedProperty().get()));
        playback.speedProperty().bind(Bindings.createDoubleBinding(
                () -> Math.rint(Math.pow(10, speedExponent.get())), speedExponent));
        speedText = Bindings.createStringBinding(
                () -> Formats.number(playback.speedProperty().get(), 0) + " steps/s", playback.speedProperty());
    }

    private static PolicyChoice choice(StrategyProvider p) {
        return new PolicyChoice(p.name(), p.description());
    }

    private void showPolicy(String name) {
        syncing = true;
        try {
            policy.set(policies.stream().filter(c -> c.name().equals(name)).findFirst()
                    .orElse(new PolicyChoice(name, "not registered")));
        } finally {
            syncing = false;
        }
    }

    public List<PolicyChoice> policies() {
        return policies;
    }

    /** The scenario's policy; choosing another is an undoable edit. */
    public ObjectProperty<PolicyChoice> policyProperty() {
        return policy;
    }

    /** log10 of the playback speed in steps per second; the slider's value. */
    public DoubleProperty speedExponentProperty() {
        return speedExponent;
    }

    public StringBinding speedTextProperty() {
        return speedText;
    }
}
