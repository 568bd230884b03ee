package io.carbonrouter.explorer.io;

import io.carbonrouter.explorer.engine.ComponentBound;
import io.carbonrouter.explorer.engine.FlavourProfile;
import io.carbonrouter.explorer.engine.PolicyConfig;
import io.carbonrouter.explorer.io.LocatedTree.Node;
import io.carbonrouter.explorer.simulation.Budget;
import io.carbonrouter.explorer.simulation.ComponentSettings;
import io.carbonrouter.explorer.simulation.DeploymentLoop;
import io.carbonrouter.explorer.simulation.DeploymentSettings;
import io.carbonrouter.explorer.simulation.ForecastError;
import io.carbonrouter.explorer.simulation.Energy;
import io.carbonrouter.explorer.simulation.Problem;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.ScenarioValidator;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** Reads the scenario format (README "Scenario files") from a located tree; every problem names its field and place. */
final class ScenarioReader {

    private static final Set<String> TOP = Set.of("name", "description", "policy", "seed", "config", "flavours",
            "componentBounds", "intensity", "demand", "slotMinutes", "start", "repeat", "steps", "horizonSlots",
            "initialBalance", "deployment", "forecast", "forecastError", "energy", "notebookEnergy", "budget");
    private static final Set<String> CONFIG = Set.of("targetError", "creditMin", "creditMax", "creditWindow",
            "creditSensitivity", "throttleMin", "throttleIntensityFloor", "throttleIntensityCeiling", "validFor",
            "discoveryInterval", "carbonTimeout", "carbonCacheTTL", "carbonTarget", "evaluator");
    private static final Set<String> ERROR = Set.of("bias", "sd", "growth", "correlation", "seed");
    private static final Set<String> BUDGET = Set.of("amount", "per");
    private static final Set<String> FLAVOUR = Set.of("name", "precision", "carbonIntensity", "enabled");
    private static final Set<String> BOUND = union(Set.of("min", "max"), ComponentSettingsReader.FIELDS);
    private static final Set<String> LOOP = Set.of("evaluationSeconds", "feedback", "demandForecast", "cluster");
    private static final Set<String> COMPONENTS = Set.of("router", "consumer", "target");

    private final FieldReader in = new FieldReader();
    private final Map<String, Node> located = new HashMap<>();
    private final Map<String, ComponentSettings> settings = new HashMap<>();

    ScenarioRead read(Node root, String source) {
        if (!in.isObject(root, "")) {
            throw new InputException(source, in.problems());
        }
        in.warnUnknown(root, "", TOP);
        Scenario.Builder b = Scenario.builder();
        b.name(in.name(at(root, "name"), "name", ""));
        b.description(in.string(at(root, "description"), "description", ""));
        b.policy(in.string(at(root, "policy"), "policy", Scenario.DEFAULT_POLICY));
        long seed = in.wholeNumber(at(root, "seed"), "seed", 0L);
        b.seed(seed);
        Node config = at(root, "config");
        DeploymentSettings deployment = DeploymentSettings.NONE;
        if (config != null && in.isObject(config, "config")) {
            in.warnUnknown(config, "config", CONFIG);
            b.config(config(config));
            deployment = deployment(config);
        }
        Node flavours = at(root, "flavours");
        if (flavours != null && in.isArray(flavours, "flavours")) {
            b.flavours(flavours(flavours));
        }
        Node bounds = at(root, "componentBounds");
        if (bounds != null && in.isObject(bounds, "componentBounds")) {
            b.componentBounds(bounds(bounds));
        }
        b.deployment(deployment.withComponents(settings));
        Node intensity = at(root, "intensity");
        if (intensity == null) {
            in.problem("intensity", null, "is missing: give the carbon intensity curve (gCO2/kWh per slot)");
        }
        b.intensity(in.curve(intensity, "intensity"));
        b.demand(in.curve(at(root, "demand"), "demand"));
        b.slotMinutes(in.number(at(root, "slotMinutes"), "slotMinutes", Scenario.DEFAULT_SLOT_MINUTES));
        b.start(start(at(root, "start")));
        b.repeat(in.bool(at(root, "repeat"), "repeat", false));
        Integer steps = in.integer(at(root, "steps"), "steps", null);
        b.steps(steps == null ? OptionalInt.empty() : OptionalInt.of(steps));
        b.horizonSlots(orElse(in.integer(at(root, "horizonSlots"), "horizonSlots", null), Scenario.DEFAULT_HORIZON));
        b.initialBalance(in.number(at(root, "initialBalance"), "initialBalance", 0.0));
        Node loop = at(root, "deployment");
        if (loop != null && in.isObject(loop, "deployment")) {
            b.loop(Optional.of(loop(loop)));
        }
        b.forecast(in.curve(at(root, "forecast"), "forecast"));
        Node error = at(root, "forecastError");
        if (error != null && in.isObject(error, "forecastError")) {
            in.warnUnknown(error, "forecastError", ERROR);
            b.forecastError(Optional.of(forecastError(error, seed)));
        }
        Energy energy = Energy.NONE;
        Node wh = at(root, "energy");
        if (wh != null && in.isObject(wh, "energy")) {
            energy = new Energy(perFlavour(wh, "energy"));
        }
        Node notebook = at(root, "notebookEnergy");
        if (notebook != null && in.isObject(notebook, "notebookEnergy")) {
            energy = energy.withNotebook(perFlavour(notebook, "notebookEnergy"));
        }
        b.energy(energy);
        Node budget = at(root, "budget");
        if (budget != null) {
            b.budget(Optional.ofNullable(budget(budget)));
        }
        Scenario scenario = b.build();
        if (in.problems().isEmpty()) {
            for (Problem p : ScenarioValidator.validate(scenario)) {
                in.problem(p.path(), locate(p.path()), p.message());
            }
        }
        if (!in.problems().isEmpty()) {
            throw new InputException(source, in.problems());
        }
        return new ScenarioRead(scenario, in.warnings());
    }

    private Node at(Node object, String name) {
        return at(object, name, name);
    }

    private Node at(Node object, String name, String path) {
        Node n = object.get(name);
        if (n != null) {
            located.put(path, n);
        }
        return n;
    }

    /** The node of a path, or of its closest located parent. */
    private Node locate(String path) {
        String p = path;
        while (!p.isEmpty()) {
            Node n = located.get(p);
            if (n != null) {
                return n;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut < 0 ? "" : p.substring(0, cut);
        }
        return null;
    }

    private PolicyConfig config(Node c) {
        PolicyConfig d = PolicyConfig.DEFAULTS;
        Integer window = in.integer(at(c, "creditWindow", "config.creditWindow"), "config.creditWindow",
                d.creditWindow());
        return new PolicyConfig(
                num(c, "targetError", d.targetError()),
                num(c, "creditMin", d.creditMin()),
                num(c, "creditMax", d.creditMax()),
                num(c, "creditSensitivity", d.creditSensitivity()),
                window == null ? d.creditWindow() : window,
                num(c, "throttleMin", d.throttleMin()),
                num(c, "throttleIntensityFloor", d.throttleIntensityFloor()),
                num(c, "throttleIntensityCeiling", d.throttleIntensityCeiling()));
    }

    private double num(Node c, String name, double fallback) {
        return in.number(at(c, name, "config." + name), "config." + name, fallback);
    }

    /** The error model; a missing field is no error of that kind, and the seed defaults to the scenario's. */
    private ForecastError forecastError(Node e, long scenarioSeed) {
        return new ForecastError(errorField(e, "bias"), errorField(e, "sd"), errorField(e, "growth"),
                errorField(e, "correlation"),
                in.wholeNumber(at(e, "seed", "forecastError.seed"), "forecastError.seed", scenarioSeed));
    }

    private double errorField(Node e, String name) {
        return in.number(at(e, name, "forecastError." + name), "forecastError." + name, 0.0);
    }

    private DeploymentSettings deployment(Node c) {
        return new DeploymentSettings(optInt(c, "validFor"), optInt(c, "discoveryInterval"),
                optInt(c, "carbonTimeout"), optInt(c, "carbonCacheTTL"),
                Optional.ofNullable(in.string(c.get("carbonTarget"), "config.carbonTarget", null)),
                Optional.ofNullable(in.string(c.get("evaluator"), "config.evaluator", null)));
    }

    private OptionalInt optInt(Node c, String name) {
        Integer v = in.integer(at(c, name, "config." + name), "config." + name, null);
        return v == null ? OptionalInt.empty() : OptionalInt.of(v);
    }

    /** The deployment loop; a field left out takes the deployed engine's default. */
    private DeploymentLoop loop(Node n) {
        in.warnUnknown(n, "deployment", LOOP);
        DeploymentLoop d = DeploymentLoop.AS_DEPLOYED;
        double seconds = in.number(at(n, "evaluationSeconds", "deployment.evaluationSeconds"),
                "deployment.evaluationSeconds", d.evaluationSeconds());
        return new DeploymentLoop(seconds,
                choice(n, "feedback", DeploymentLoop.Feedback.values(), d.feedback()),
                choice(n, "demandForecast", DeploymentLoop.DemandForecast.values(), d.demandForecast()),
                new ClusterModelReader(in).read(at(n, "cluster", ClusterModelReader.PATH)));
    }

    private <E extends Enum<E>> E choice(Node n, String name, E[] values, E fallback) {
        String path = "deployment." + name;
        Node v = at(n, name, path);
        String text = in.string(v, path, null);
        if (text == null) {
            return fallback;
        }
        List<String> keys = new ArrayList<>();
        for (E e : values) {
            String key = e.name().toLowerCase(Locale.ROOT);
            if (key.equals(text.trim())) {
                return e;
            }
            keys.add(key);
        }
        in.problem(path, v, "must be one of " + String.join(", ", keys) + ", got \"" + text + "\"");
        return fallback;
    }

    private List<FlavourProfile> flavours(Node list) {
        List<FlavourProfile> out = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            Node f = list.items().get(i);
            String path = "flavours[" + i + "]";
            located.put(path, f);
            if (!in.isObject(f, path)) {
                continue;
            }
            in.warnUnknown(f, path, FLAVOUR);
            String name = in.name(at(f, "name", path + ".name"), path + ".name", null);
            Node p = at(f, "precision", path + ".precision");
            Node c = at(f, "carbonIntensity", path + ".carbonIntensity");
            if (p == null) {
                in.problem(path + ".precision", f, "is missing (0..1, or a percentage up to 100)");
            }
            if (c == null) {
                in.problem(path + ".carbonIntensity", f, "is missing (per-request carbon factor, >= 0)");
            }
            double precision = in.number(p, path + ".precision", 1.0);
            if (precision < 0 || precision > 100) {
                in.problem(path + ".precision", p, "must be between 0 and 100 (values above 1 are percent), got "
                        + p.text());
            }
            double carbon = in.number(c, path + ".carbonIntensity", 0.0);
            if (carbon < 0) {
                in.problem(path + ".carbonIntensity", c, "must be >= 0, got " + c.text());
            }
            boolean enabled = in.bool(at(f, "enabled", path + ".enabled"), path + ".enabled", true);
            out.add(FlavourProfile.of(name, precision, carbon, enabled));
        }
        return out;
    }

    /** {@code budget: 500} (over the run) or {@code budget: {amount: 500, per: day}}; null after a problem. */
    private Budget budget(Node n) {
        if (n.kind() != LocatedTree.Kind.OBJECT) {
            int before = in.problems().size();
            double amount = in.number(n, "budget", Double.NaN);
            return in.problems().size() > before ? null : new Budget(amount, Budget.Per.RUN);
        }
        in.warnUnknown(n, "budget", BUDGET);
        Node amount = at(n, "amount", "budget.amount");
        if (amount == null) {
            in.problem("budget.amount", n, "is missing: give the CO2 the run may emit (gCO2 with an energy block,"
                    + " else relative units)");
            return null;
        }
        double value = in.number(amount, "budget.amount", Double.NaN);
        Node perNode = at(n, "per", "budget.per");
        String word = in.string(perNode, "budget.per", "run");
        Budget.Per per = Budget.Per.of(word);
        if (per == null) {
            in.problem("budget.per", perNode, "must be run, day or month, got '" + word + "'");
            return null;
        }
        return Double.isNaN(value) ? null : new Budget(value, per);
    }

    /** A number by flavour name (energy per request); the validator checks names and values. */
    private Map<String, Double> perFlavour(Node object, String field) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (Map.Entry<String, Node> e : object.fields().entrySet()) {
            String path = field + "." + e.getKey();
            located.put(path, e.getValue());
            values.put(e.getKey(), in.number(e.getValue(), path, 0.0));
        }
        return values;
    }

    private List<ComponentBound> bounds(Node object) {
        List<ComponentBound> out = new ArrayList<>();
        for (Map.Entry<String, Node> e : object.fields().entrySet()) {
            String path = "componentBounds." + e.getKey();
            located.put(path, e.getValue());
            if (!COMPONENTS.contains(e.getKey())) {
                in.warnings().add(path + ": not a TrafficSchedule component (router, consumer, target); it is"
                        + " simulated but will not be exported (" + e.getValue().where() + ")");
            }
            if (!in.isObject(e.getValue(), path)) {
                continue;
            }
            in.warnUnknown(e.getValue(), path, BOUND);
            Integer min = in.integer(at(e.getValue(), "min", path + ".min"), path + ".min", null);
            Integer max = in.integer(at(e.getValue(), "max", path + ".max"), path + ".max", null);
            if (min != null || max != null || !e.getValue().fields().keySet().stream().anyMatch(
                    ComponentSettingsReader.FIELDS::contains)) {
                out.add(ComponentBound.of(e.getKey(), min, max));
            }
            settings.put(e.getKey(), new ComponentSettingsReader(in).read(e.getValue(), path, e.getKey()));
        }
        return out;
    }

    private Optional<Instant> start(Node n) {
        String text = in.string(n, "start", null);
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text.trim()).toInstant());
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(LocalDateTime.parse(text.trim()).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException e2) {
                in.problem("start", n, "must be an ISO-8601 time such as 2030-01-01T00:00:00Z, got \"" + text + "\"");
                return Optional.empty();
            }
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }

    private static int orElse(Integer v, int fallback) {
        return v == null ? fallback : v;
    }
}
