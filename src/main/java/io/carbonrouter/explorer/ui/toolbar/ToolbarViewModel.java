package io.carbonrouter.explorer.ui.toolbar;

import io.carbonrouter.explorer.engine.StrategyProvider;
import io.carbonrouter.explorer.engine.StrategyRegistry;
import io.carbonrouter.explorer.ui.common.Formats;
import io.carbonrouter.explorer.ui.model.ScenarioModel;
import io.carbonrouter.explorer.ui.run.Playback;
import io.carbonrouter.explorer.simulation.TickClock;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The toolbar's own state: the policy choice (every registered strategy, with its description) and the
 * playback speed in simulated time (a slot, an hour, a day a second), turned into steps a second for playback.
 * Play, step and the file actions delegate to their owners.
 */
public final class ToolbarViewModel {

    /** A strategy as the policy box lists it. */
    public record PolicyChoice(String name, String description) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A playback speed in simulated time: {@code seconds} of the timeline played in one second. */
    public record Speed(String label, double seconds) {
    }

    /** The speed a scenario opens at: a winter day of half-hours plays in 12 s. */
    static final double DEFAULT_SECONDS = 6 * 3600;

    private final List<PolicyChoice> policies;
    private final ObjectProperty<PolicyChoice> policy = new SimpleObjectProperty<>();
    private final ObservableList<Speed> speeds = FXCollections.observableArrayList();
    private final IntegerProperty speedIndex = new SimpleIntegerProperty();
    private final ReadOnlyStringWrapper speedText = new ReadOnlyStringWrapper("");
    private final Playback playback;
    private double tickSeconds;
    private String speedSteps = "";
    private boolean syncing;

    public ToolbarViewModel(ScenarioModel model, StrategyRegistry registry, Playback playback) {
        this.playback = playback;
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
        speedIndex.addListener((obs, old, i) -> applySpeed());
        showSpeeds(model.scenario().clock(), DEFAULT_SECONDS);
        model.scenarioProperty().addListener((obs, old, now) -> {
            if (old == null || !old.clock().equals(now.clock())) {
                showSpeeds(now.clock(), speed().seconds());
            }
        });
    }

    /**
     * The speeds a scenario on {@code clock} offers, slowest first: one step a second, then the simulated
     * minutes, slot, hours, day and week that are longer than a step; each a second of playback.
     */
    static List<Speed> speeds(TickClock clock) {
        double step = clock.evaluationSeconds();
        List<Speed> all = new ArrayList<>();
        all.add(new Speed(clock.perSlot() ? "1 slot/s" : "1 step/s", step));
        List<Speed> candidates = List.of(new Speed("1 min/s", 60), new Speed("10 min/s", 600),
                new Speed("1 slot/s", clock.slotSeconds()), new Speed("1 h/s", 3600), new Speed("6 h/s", 6 * 3600),
                new Speed("1 day/s", 86_400), new Speed("1 week/s", 7 * 86_400));
        for (Speed c : candidates) {
            if (c.seconds() > step && all.stream().noneMatch(s -> s.seconds() == c.seconds())) {
                all.add(c);
            }
        }
        all.sort(Comparator.comparingDouble(Speed::seconds));
        return all;
    }

    /** Offers {@code clock}'s speeds at the one nearest {@code seconds} of simulated time a second. */
    private void showSpeeds(TickClock clock, double seconds) {
        tickSeconds = clock.evaluationSeconds();
        speeds.setAll(speeds(clock));
        int nearest = 0;
        for (int i = 0; i < speeds.size(); i++) {
            if (Math.abs(Math.log(speeds.get(i).seconds() / seconds))
                    < Math.abs(Math.log(speeds.get(nearest).seconds() / seconds))) {
                nearest = i;
            }
        }
        speedIndex.set(nearest);
        applySpeed();
    }

    private void applySpeed() {
        Speed s = speed();
        double perSecond = s.seconds() / tickSeconds;
        playback.speedProperty().set(perSecond);
        speedText.set(s.label());
        speedSteps = Formats.number(perSecond, perSecond < 10 ? 1 : 0) + " steps/s";
    }

    private Speed speed() {
        int i = Math.max(0, Math.min(speeds.size() - 1, speedIndex.get()));
        return speeds.get(i);
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

    /** The speeds the slider offers for the scenario on screen, slowest first. */
    public ObservableList<Speed> speeds() {
        return speeds;
    }

    /** Which of {@link #speeds()} plays; the slider's value. */
    public IntegerProperty speedIndexProperty() {
        return speedIndex;
    }

    /** The speed in simulated time ("1 h/s"). */
    public ReadOnlyStringProperty speedTextProperty() {
        return speedText.getReadOnlyProperty();
    }

    /** The speed in steps a second ("12 steps/s"), for the slider's tooltip. */
    public String speedSteps() {
        return speedSteps;
    }
}
