package io.carbonrouter.explorer.io.lesson;

import io.carbonrouter.explorer.engine.StrategyRegistry;
import io.carbonrouter.explorer.io.FieldReader;
import io.carbonrouter.explorer.io.InputException;
import io.carbonrouter.explorer.io.LocatedTree.Node;
import io.carbonrouter.explorer.lesson.Kind;
import io.carbonrouter.explorer.lesson.ScenarioField;
import io.carbonrouter.explorer.lesson.StepState;
import io.carbonrouter.explorer.simulation.Problem;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.ScenarioValidator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Reads a step's {@code scenario: {sample, set}} and checks the scenario it gives can run. */
final class StepStateReader {

    /** What a lesson starts from when its first steps name no sample: the explorer's own built-in sample. */
    static final String FIRST_SAMPLE = "winter-day.yaml";

    private static final Set<String> FIELDS = Set.of("sample", "set");

    private final FieldReader in;

    StepStateReader(FieldReader in) {
        this.in = in;
    }

    StepState read(Node n, String path, Function<String, Scenario> samples, StrategyRegistry strategies,
                   Scenario current) {
        if (n == null || !in.isObject(n, path)) {
            return StepState.KEEP;
        }
        in.warnUnknown(n, path, FIELDS);
        String name = in.string(n.get("sample"), path + ".sample", "");
        Optional<Scenario> sample = Optional.empty();
        if (!name.isEmpty()) {
            try {
                sample = Optional.of(samples.apply(name));
            } catch (InputException e) {
                in.problem(path + ".sample", n.get("sample"), e.getMessage());
                return StepState.KEEP;
            }
        }
        List<StepState.Setting> settings = settings(n.get("set"), path + ".set", strategies);
        StepState state = new StepState(name, sample, settings);
        check(state, current, path, n);
        return state;
    }

    private List<StepState.Setting> settings(Node set, String path, StrategyRegistry strategies) {
        List<StepState.Setting> out = new ArrayList<>();
        if (set == null || !in.isObject(set, path)) {
            return out;
        }
        for (Map.Entry<String, Node> e : set.fields().entrySet()) {
            String at = path + "." + e.getKey();
            Optional<ScenarioField> field = ScenarioField.named(e.getKey());
            if (field.isEmpty()) {
                in.problem(at, e.getValue(), "unknown scenario field; known: " + ScenarioField.FORMS);
                continue;
            }
            Object value = value(field.get().kind(), e.getValue(), at);
            if (field.get().name().equals("policy") && !strategies.contains((String) value)) {
                in.problem(at, e.getValue(), "unknown policy '" + value + "'; registered: "
                        + String.join(", ", strategies.names()));
            }
            out.add(new StepState.Setting(field.get(), value));
        }
        return out;
    }

    private Object value(Kind kind, Node n, String path) {
        switch (kind) {
            case NUMBER:
                return in.number(n, path, 0.0);
            case BOOLEAN:
                return in.bool(n, path, false);
            default:
                return in.string(n, path, "");
        }
    }

    /** The scenario the step will show must run; its problems are reported at the step's scenario. */
    private void check(StepState state, Scenario current, String path, Node at) {
        if (!in.problems().isEmpty()) {
            return;
        }
        try {
            for (Problem p : ScenarioValidator.validate(state.applyTo(current))) {
                in.problem(path, at, "the scenario cannot run: " + p);
            }
        } catch (IllegalArgumentException e) {
            in.problem(path + ".set", at, e.getMessage());
        }
    }
}
