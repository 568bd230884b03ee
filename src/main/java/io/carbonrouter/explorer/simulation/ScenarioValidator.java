package io.carbonrouter.explorer.simulation;

import io.carbonrouter.explorer.engine.ComponentBound;
import io.carbonrouter.explorer.engine.FlavourProfile;
import io.carbonrouter.explorer.engine.PolicyConfig;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The bad-input rules of DESIGN.md for a whole scenario; every front end (file, editor, CLI) uses them. */
public final class ScenarioValidator {

    private ScenarioValidator() {
    }

    /** Every problem of the scenario, in field order; empty when it can run. */
    public static List<Problem> validate(Scenario s) {
        List<Problem> out = new ArrayList<>();
        flavours(s.flavours(), out);
        config(s.config(), out);
        bounds(s.componentBounds(), out);
        ComponentSettingsRules.check(s.deployment(), out);
        curves(s, out);
        if (s.slotMinutes() < 1) {
            out.add(new Problem("slotMinutes", "must be at least 1 minute, got " + s.slotMinutes()));
        }
        if (s.horizonSlots() < 1) {
            out.add(new Problem("horizonSlots", "must be at least 1, got " + s.horizonSlots()));
        }
        finite("initialBalance", s.initialBalance(), out);
        return out;
    }

    private static void flavours(List<FlavourProfile> flavours, List<Problem> out) {
        Set<String> names = new HashSet<>();
        boolean anyEnabled = false;
        for (int i = 0; i < flavours.size(); i++) {
            FlavourProfile f = flavours.get(i);
            String at = "flavours[" + i + "]";
            if (f.name().isBlank()) {
                out.add(new Problem(at + ".name", "must not be empty"));
            } else if (!names.add(f.name())) {
                out.add(new Problem(at + ".name", "duplicate flavour name '" + f.name() + "'"));
            }
            if (!Double.isFinite(f.precision()) || f.precision() < 0 || f.precision() > 1) {
                out.add(new Problem(at + ".precision", "must be between 0 and 100 %, got " + f.precision()));
            }
            if (!Double.isFinite(f.carbonIntensity()) || f.carbonIntensity() < 0) {
                out.add(new Problem(at + ".carbonIntensity",
                        "must be a finite number >= 0, got " + f.carbonIntensity()));
            }
            anyEnabled |= f.enabled();
        }
        if (!anyEnabled) {
            out.add(new Problem("flavours", "no flavours enabled: enable at least one"));
        }
    }

    private static void config(PolicyConfig c, List<Problem> out) {
        finite("config.targetError", c.targetError(), out);
        if (c.targetError() < 0 || c.targetError() > 1) {
            out.add(new Problem("config.targetError", "must be between 0 and 1, got " + c.targetError()));
        }
        finite("config.creditMin", c.creditMin(), out);
        finite("config.creditMax", c.creditMax(), out);
        if (!(c.creditMin() < c.creditMax())) {
            out.add(new Problem("config.creditMin", "creditMin (" + c.creditMin()
                    + ") must be below creditMax (" + c.creditMax() + ")"));
        }
        finite("config.creditSensitivity", c.creditSensitivity(), out);
        if (c.creditWindow() < 1) {
            out.add(new Problem("config.creditWindow", "must be at least 1, got " + c.creditWindow()));
        }
        finite("config.throttleMin", c.throttleMin(), out);
        if (c.throttleMin() < 0 || c.throttleMin() > 1) {
            out.add(new Problem("config.throttleMin", "must be between 0 and 1, got " + c.throttleMin()));
        }
        finite("config.throttleIntensityFloor", c.throttleIntensityFloor(), out);
        finite("config.throttleIntensityCeiling", c.throttleIntensityCeiling(), out);
    }

    private static void bounds(List<ComponentBound> bounds, List<Problem> out) {
        Set<String> seen = new HashSet<>();
        for (ComponentBound b : bounds) {
            String at = "componentBounds." + b.component();
            if (!seen.add(b.component())) {
                out.add(new Problem(at, "appears twice"));
            }
            if (b.min().isPresent() && b.min().getAsInt() < 0) {
                out.add(new Problem(at + ".min", "must be a whole number >= 0, got " + b.min().getAsInt()));
            }
            if (b.max().isPresent() && b.max().getAsInt() < 0) {
                out.add(new Problem(at + ".max", "must be a whole number >= 0, got " + b.max().getAsInt()));
            }
            if (b.min().isPresent() && b.max().isPresent() && b.min().getAsInt() > b.max().getAsInt()) {
                out.add(new Problem(at + ".min", "min (" + b.min().getAsInt() + ") must not exceed max ("
                        + b.max().getAsInt() + ")"));
            }
        }
    }

    private static void curves(Scenario s, List<Problem> out) {
        if (s.intensity().length == 0) {
            out.add(new Problem("intensity", "must have at least one value"));
        }
        curve("intensity", s.intensity(), out);
        if (s.hasDemand()) {
            curve("demand", s.demand(), out);
            if (s.demand().length != s.intensity().length) {
                out.add(new Problem("demand", "has " + s.demand().length + " values but intensity has "
                        + s.intensity().length + "; they must be the same length"));
            }
        }
        if (s.steps().isPresent()) {
            int steps = s.steps().getAsInt();
            if (steps < 1) {
                out.add(new Problem("steps", "must be at least 1, got " + steps));
            } else if (!s.repeat() && steps > s.intensity().length) {
                out.add(new Problem("steps", steps + " steps exceed the " + s.intensity().length
                        + " intensity values; shorten it or set repeat: true"));
            }
        }
    }

    private static void curve(String name, double[] values, List<Problem> out) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i]) || values[i] < 0) {
                out.add(new Problem(name + "[" + i + "]", "must be a finite number >= 0, got " + values[i]));
                return;
            }
        }
    }

    private static void finite(String path, double v, List<Problem> out) {
        if (!Double.isFinite(v)) {
            out.add(new Problem(path, "must be a finite number, got " + v));
        }
    }
}
