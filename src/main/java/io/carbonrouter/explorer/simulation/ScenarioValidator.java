package io.carbonrouter.explorer.simulation;

import io.carbonrouter.explorer.engine.ComponentBound;
import io.carbonrouter.explorer.engine.FlavourProfile;
import io.carbonrouter.explorer.engine.NameRules;
import io.carbonrouter.explorer.engine.PolicyConfig;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The bad-input rules (README "Limits" and "Errors") for a whole scenario; every front end (file, editor, CLI)
 * uses them.
 */
public final class ScenarioValidator {

    /** Largest forecast bias or error sd (gCO2/kWh); keeps every forecast value finite. */
    public static final double MAX_ERROR = 1e6;
    /** Largest growth of the error sd per slot of lead time. */
    public static final double MAX_GROWTH = 100;
    private static final String MAX_ERROR_TEXT = "1000000";

    private ScenarioValidator() {
    }

    /** Every problem of the scenario, in field order; empty when it can run. */
    public static List<Problem> validate(Scenario s) {
        List<Problem> out = new ArrayList<>();
        // A scenario may go unnamed (its file names it), but a name it has must print on one line.
        String why = s.name().isEmpty() ? null : NameRules.problem(s.name());
        if (why != null) {
            out.add(new Problem("name", "the name " + why + ", got " + NameRules.quote(s.name())));
        }
        flavours(s.flavours(), out);
        config(s.config(), out);
        bounds(s.componentBounds(), out);
        ComponentSettingsRules.check(s.deployment(), out);
        curves(s, out);
        deployment(s.deployment(), out);
        if (!Double.isFinite(s.slotMinutes()) || s.slotMinutes() <= 0 || s.slotMinutes() > Limits.MAX_SLOT_MINUTES) {
            out.add(new Problem("slotMinutes", "must be a finite number of minutes above 0 (0.25 is 15 s) and at most "
                    + Limits.MAX_SLOT_MINUTES + ", got " + s.slotMinutes()));
        } else {
            s.loop().ifPresent(l -> loop(s, l, out));
        }
        between("horizonSlots", s.horizonSlots(), 1, Limits.MAX_HORIZON_SLOTS, out);
        magnitude("initialBalance", s.initialBalance(), out);
        timeline(s, out);
        EnergyRules.check(s, out);
        s.budget().ifPresent(b -> budget(s, b, out));
        return out;
    }

    /** A budget is an amount of CO2; whether any strategy can keep it is the comparison's question. */
    private static void budget(Scenario s, Budget b, List<Problem> out) {
        if (!Double.isFinite(b.amount()) || b.amount() < 0 || b.amount() > Limits.MAX_MAGNITUDE) {
            out.add(new Problem("budget.amount", "must be a finite amount of CO2 from 0 to "
                    + Limits.MAX_MAGNITUDE_TEXT + " (" + (s.energy().given() ? "gCO2" : "relative units, as the"
                    + " scenario gives no energy block") + "), got " + b.amount()));
        }
    }

    /** A slot length as written: 30, not 30.0; 0.25 as it is. */
    private static String minutes(double m) {
        return m == Math.rint(m) ? Long.toString((long) m) : Double.toString(m);
    }

    private static void loop(Scenario s, DeploymentLoop l, List<Problem> out) {
        double e = l.evaluationSeconds();
        if (!Double.isFinite(e) || e <= 0) {
            out.add(new Problem("deployment.evaluationSeconds", "must be a finite number of seconds above 0, got "
                    + e));
            return;
        }
        long ticks = TickClock.tickCount(s.effectiveSteps(), s.slotMinutes() * 60.0, e);
        if (ticks > TickClock.MAX_TICKS) {
            out.add(new Problem("deployment.evaluationSeconds", s.effectiveSteps() + " slots of "
                    + minutes(s.slotMinutes())
                    + " min at one evaluation every " + e + " s are " + ticks + " evaluations, over the limit of "
                    + TickClock.MAX_TICKS + "; use a longer interval or fewer steps"));
        } else if (ticks < 1 && s.effectiveSteps() >= 1) {
            out.add(new Problem("deployment.evaluationSeconds", e + " s is longer than the whole run ("
                    + s.effectiveSteps() + " slots of " + minutes(s.slotMinutes()) + " min): no evaluation would run"));
        } else {
            ClusterModelRules.check(s, l, out);
        }
    }

    /** The durations a TrafficSchedule carries are seconds: never negative. */
    private static void deployment(DeploymentSettings d, List<Problem> out) {
        notNegative("config.validFor", d.validFor(), out);
        notNegative("config.discoveryInterval", d.discoveryInterval(), out);
        notNegative("config.carbonTimeout", d.carbonTimeout(), out);
        notNegative("config.carbonCacheTTL", d.carbonCacheTTL(), out);
    }

    private static void notNegative(String path, OptionalInt v, List<Problem> out) {
        if (v.isPresent() && v.getAsInt() < 0) {
            out.add(new Problem(path, "must be a duration of 0 seconds or more, got " + v.getAsInt()));
        }
    }

    /** Every time label of the run must be printable: the timeline starts and ends within years 1900..9999. */
    private static void timeline(Scenario s, List<Problem> out) {
        if (s.start().isEmpty() || !(s.slotMinutes() > 0) || s.slotMinutes() > Limits.MAX_SLOT_MINUTES) {
            return;
        }
        Instant start = s.start().get();
        if (start.isBefore(Limits.EARLIEST_TIME) || start.isAfter(Limits.LATEST_TIME)) {
            out.add(new Problem("start", "must be between " + Limits.EARLIEST_TIME + " and " + Limits.LATEST_TIME
                    + ", got " + start));
            return;
        }
        double minutes = Math.max(0, s.effectiveSteps()) * s.slotMinutes();
        // whole minutes from start to the latest time (start is not after it); Duration.between would first try
        // nanoseconds, overflow and catch an ArithmeticException, at every check of every sweep point
        if (ChronoUnit.MINUTES.between(start, Limits.LATEST_TIME) < minutes) {
            out.add(new Problem("start", "the timeline of " + s.effectiveSteps() + " steps of "
                    + minutes(s.slotMinutes()) + " minutes from " + start + " ends after " + Limits.LATEST_TIME));
        }
    }

    private static void flavours(List<FlavourProfile> flavours, List<Problem> out) {
        if (flavours.size() > Limits.MAX_FLAVOURS) {
            out.add(new Problem("flavours", "has " + flavours.size() + " flavours; the limit is "
                    + Limits.MAX_FLAVOURS));
            return;
        }
        Map<String, String> names = new HashMap<>();
        boolean anyEnabled = false;
        for (int i = 0; i < flavours.size(); i++) {
            FlavourProfile f = flavours.get(i);
            String at = "flavours[" + i + "]";
            String why = NameRules.problem(f.name());
            if (why != null) {
                out.add(new Problem(at + ".name", "the name " + why + ", got " + NameRules.quote(f.name())));
            } else {
                String same = names.putIfAbsent(FlavourNames.key(f.name()), f.name());
                if (same != null) {
                    out.add(new Problem(at + ".name", same.equals(f.name())
                            ? "duplicate flavour name '" + f.name() + "'"
                            : "'" + f.name() + "' names the same flavour as '" + same + "' (names are compared"
                            + " without surrounding blanks, case and Unicode form)"));
                }
            }
            if (!Double.isFinite(f.precision()) || f.precision() < 0 || f.precision() > 1) {
                out.add(new Problem(at + ".precision", "must be between 0 and 100 %, got " + f.precision()));
            }
            if (!Double.isFinite(f.carbonIntensity()) || f.carbonIntensity() < 0
                    || f.carbonIntensity() > Limits.MAX_MAGNITUDE) {
                out.add(new Problem(at + ".carbonIntensity",
                        "must be a number from 0 to " + Limits.MAX_MAGNITUDE_TEXT + ", got " + f.carbonIntensity()));
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
        magnitude("config.creditMin", c.creditMin(), out);
        magnitude("config.creditMax", c.creditMax(), out);
        if (!(c.creditMin() < c.creditMax())) {
            out.add(new Problem("config.creditMin", "creditMin (" + c.creditMin()
                    + ") must be below creditMax (" + c.creditMax() + ")"));
        }
        magnitude("config.creditSensitivity", c.creditSensitivity(), out);
        between("config.creditWindow", c.creditWindow(), 1, Limits.MAX_CREDIT_WINDOW, out);
        finite("config.throttleMin", c.throttleMin(), out);
        if (c.throttleMin() < 0 || c.throttleMin() > 1) {
            out.add(new Problem("config.throttleMin", "must be between 0 and 1, got " + c.throttleMin()));
        }
        magnitude("config.throttleIntensityFloor", c.throttleIntensityFloor(), out);
        magnitude("config.throttleIntensityCeiling", c.throttleIntensityCeiling(), out);
        if (!(c.throttleIntensityFloor() < c.throttleIntensityCeiling())) {
            out.add(new Problem("config.throttleIntensityFloor", "throttleIntensityFloor ("
                    + c.throttleIntensityFloor() + ") must be below throttleIntensityCeiling ("
                    + c.throttleIntensityCeiling() + ")"));
        }
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
        forecast(s, out);
        if (s.steps().isPresent()) {
            int steps = s.steps().getAsInt();
            if (steps < 1 || steps > Limits.MAX_STEPS) {
                out.add(new Problem("steps", "must be from 1 to " + Limits.MAX_STEPS + ", got " + steps));
            } else if (!s.repeat() && steps > s.intensity().length) {
                out.add(new Problem("steps", steps + " steps exceed the " + s.intensity().length
                        + " intensity values; shorten it or set repeat: true"));
            }
        }
    }

    private static void forecast(Scenario s, List<Problem> out) {
        if (s.hasForecast()) {
            curve("forecast", s.forecast(), out);
            if (s.forecast().length != s.intensity().length) {
                out.add(new Problem("forecast", "has " + s.forecast().length + " values but intensity has "
                        + s.intensity().length + "; they must be the same length"));
            }
            if (s.forecastError().isPresent()) {
                out.add(new Problem("forecastError", "give either a forecast curve or a forecastError model,"
                        + " not both"));
            }
        }
        s.forecastError().ifPresent(e -> {
            if (!(Math.abs(e.bias()) <= MAX_ERROR)) {
                out.add(new Problem("forecastError.bias", "must be a finite number between -" + MAX_ERROR_TEXT
                        + " and " + MAX_ERROR_TEXT + " gCO2/kWh, got " + e.bias()));
            }
            if (!(e.sd() >= 0 && e.sd() <= MAX_ERROR)) {
                out.add(new Problem("forecastError.sd", "must be a finite number from 0 to " + MAX_ERROR_TEXT
                        + " gCO2/kWh, got " + e.sd()));
            }
            if (!(e.growth() >= 0 && e.growth() <= MAX_GROWTH)) {
                out.add(new Problem("forecastError.growth", "must be a finite number from 0 to " + MAX_GROWTH
                        + " per slot of lead, got " + e.growth()));
            }
            if (!Double.isFinite(e.correlation()) || e.correlation() < -1 || e.correlation() > 1) {
                out.add(new Problem("forecastError.correlation", "must be between -1 and 1, got "
                        + e.correlation()));
            }
        });
    }

    private static void curve(String name, double[] values, List<Problem> out) {
        if (values.length > Limits.MAX_CURVE_POINTS) {
            out.add(new Problem(name, "has " + values.length + " values; the limit is " + Limits.MAX_CURVE_POINTS));
            return;
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i]) || values[i] < 0 || values[i] > Limits.MAX_MAGNITUDE) {
                out.add(new Problem(name + "[" + i + "]", "must be a number from 0 to "
                        + Limits.MAX_MAGNITUDE_TEXT + ", got " + values[i]));
                return;
            }
        }
    }

    private static void finite(String path, double v, List<Problem> out) {
        if (!Double.isFinite(v)) {
            out.add(new Problem(path, "must be a finite number, got " + v));
        }
    }

    /** A finite number no larger than {@link Limits#MAX_MAGNITUDE} either way, so sums over a run stay finite. */
    private static void magnitude(String path, double v, List<Problem> out) {
        if (!Double.isFinite(v) || Math.abs(v) > Limits.MAX_MAGNITUDE) {
            out.add(new Problem(path, "must be a number from -" + Limits.MAX_MAGNITUDE_TEXT + " to "
                    + Limits.MAX_MAGNITUDE_TEXT + ", got " + v));
        }
    }

    private static void between(String path, int v, int min, int max, List<Problem> out) {
        if (v < min || v > max) {
            out.add(new Problem(path, "must be from " + min + " to " + max + ", got " + v));
        }
    }
}
