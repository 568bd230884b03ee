package io.carbonrouter.explorer.io.lesson;

import io.carbonrouter.explorer.engine.StrategyRegistry;
import io.carbonrouter.explorer.io.FieldReader;
import io.carbonrouter.explorer.io.InputException;
import io.carbonrouter.explorer.io.LocatedTree.Kind;
import io.carbonrouter.explorer.io.LocatedTree.Node;
import io.carbonrouter.explorer.lesson.Capability;
import io.carbonrouter.explorer.lesson.Condition;
import io.carbonrouter.explorer.lesson.Controls;
import io.carbonrouter.explorer.lesson.Lesson;
import io.carbonrouter.explorer.lesson.LessonStep;
import io.carbonrouter.explorer.lesson.StepState;
import io.carbonrouter.explorer.simulation.Scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the lesson format of sample-data/lessons/README.md from a located tree. Every problem names the
 * field path and place; each step's scenario is built and checked as it will be shown.
 */
final class LessonReader {

    private static final Set<String> TOP = Set.of("title", "summary", "steps");
    private static final Set<String> STEP = Set.of("title", "text", "scenario", "highlight", "task", "done",
            "needs", "notYet");

    private final FieldReader in = new FieldReader();
    private final Function<String, Scenario> samples;
    private final StrategyRegistry strategies = StrategyRegistry.standard();
    private final StepStateReader states;

    /** {@code samples} reads a sample a step names, throwing {@link InputException} when it cannot. */
    LessonReader(Function<String, Scenario> samples) {
        this.samples = samples;
        this.states = new StepStateReader(in);
    }

    Lesson read(Node root, String id, String source) {
        if (!in.isObject(root, "")) {
            throw new InputException(source, in.problems());
        }
        in.warnUnknown(root, "", TOP);
        String title = required(root, "title", "title");
        String summary = in.string(root.get("summary"), "summary", "");
        List<LessonStep> steps = new ArrayList<>();
        Node list = root.get("steps");
        if (list == null) {
            in.problem("steps", root, "is missing: a lesson needs at least one step");
        } else if (in.isArray(list, "steps")) {
            if (list.items().isEmpty()) {
                in.problem("steps", list, "is empty: a lesson needs at least one step");
            }
            Scenario current = samples.apply(StepStateReader.FIRST_SAMPLE);
            for (int i = 0; i < list.items().size(); i++) {
                LessonStep step = step(list.items().get(i), "steps[" + i + "]", current);
                if (step != null) {
                    current = shown(step.state(), current);
                    steps.add(step);
                }
            }
        }
        if (!in.problems().isEmpty()) {
            throw new InputException(source, in.problems());
        }
        return new Lesson(id, title, summary, steps);
    }

    List<String> warnings() {
        return in.warnings();
    }

    private LessonStep step(Node n, String path, Scenario current) {
        if (!in.isObject(n, path)) {
            return null;
        }
        in.warnUnknown(n, path, STEP);
        String title = required(n, "title", path + ".title");
        String text = required(n, "text", path + ".text");
        StepState state = states.read(n.get("scenario"), path + ".scenario", samples, strategies, current);
        List<String> highlight = highlight(n.get("highlight"), path + ".highlight");
        String task = in.string(n.get("task"), path + ".task", "");
        List<Condition> done = conditions(n.get("done"), path + ".done");
        if (!task.isEmpty() && done.isEmpty() && n.get("done") == null) {
            in.problem(path + ".done", n, "is missing: a task needs a condition that marks it done");
        }
        if (task.isEmpty() && n.get("done") != null) {
            in.problem(path + ".task", n, "is missing: a condition needs the task it marks done");
        }
        Optional<Capability> needs = needs(n.get("needs"), path + ".needs");
        String notYet = in.string(n.get("notYet"), path + ".notYet", "");
        if (needs.isPresent() && notYet.isBlank()) {
            in.problem(path + ".notYet", n, "is missing: a step that needs " + needs.get().key()
                    + " must say what is not shown yet");
        }
        return new LessonStep(title, text, state, highlight, task, done, needs, notYet);
    }

    private Scenario shown(StepState state, Scenario current) {
        try {
            return state.applyTo(current);
        } catch (IllegalArgumentException e) {
            return current;
        }
    }

    private String required(Node object, String name, String path) {
        String v = in.string(object.get(name), path, "");
        if (object.get(name) == null || v.isBlank()) {
            in.problem(path, object, "is missing");
        }
        return v;
    }

    private List<String> highlight(Node n, String path) {
        List<String> ids = new ArrayList<>();
        for (Node item : items(n, path)) {
            String id = in.string(item, path + "[" + ids.size() + "]", "");
            if (!Controls.KNOWN.contains(id)) {
                in.problem(path + "[" + ids.size() + "]", item, "unknown control '" + id + "'; known: "
                        + String.join(", ", Controls.KNOWN.stream().sorted().toList()));
            }
            ids.add(id);
        }
        return ids;
    }

    private List<Condition> conditions(Node n, String path) {
        List<Condition> out = new ArrayList<>();
        boolean list = n != null && n.kind() == Kind.ARRAY;
        List<Node> items = items(n, path);
        for (int i = 0; i < items.size(); i++) {
            String at = list ? path + "[" + i + "]" : path;
            String text = in.string(items.get(i), at, "");
            try {
                out.add(Condition.parse(text));
            } catch (IllegalArgumentException e) {
                in.problem(at, items.get(i), e.getMessage());
            }
        }
        return out;
    }

    /** A list, or one scalar standing for a list of one. */
    private static List<Node> items(Node n, String path) {
        if (n == null) {
            return List.of();
        }
        return n.kind() == Kind.ARRAY ? n.items() : List.of(n);
    }

    private Optional<Capability> needs(Node n, String path) {
        if (n == null) {
            return Optional.empty();
        }
        String key = in.string(n, path, "");
        Optional<Capability> c = Capability.byKey(key);
        if (c.isEmpty()) {
            in.problem(path, n, "unknown capability '" + key + "'; known: deployed-loop, forecast-error");
        }
        return c;
    }
}
