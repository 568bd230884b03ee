package io.carbonrouter.explorer.ui.chart;

import java.util.Locale;
import java.util.Objects;

/**
 * A series colour by what it stands for, not by its value: the plot's stylesheet says which colour that is, so a
 * theme is CSS only. Each {@link Role} has {@link Role#slots()} colours, in the CSS properties
 * {@link Role#cssProperty(int)}; an index past the last takes the colours again, a shade darker each round.
 */
public record SeriesColor(Role role, int index) {

    /** What a colour stands for; a role with one meaning has one colour (index 0). */
    public enum Role {
        /** The flavours, by their place in the scenario's list. */
        FLAVOUR,
        /** The strategies, by their place in the registry. */
        STRATEGY,
        /** The replica ceilings of the components (router, consumer, target). */
        CEILING,
        PRECISION,
        TARGET,
        BALANCE,
        CREDIT_BAND,
        VELOCITY,
        THROTTLE,
        EMISSIONS,
        CUMULATIVE,
        BASELINE,
        INTENSITY,
        DEMAND,
        /** A reference line such as zero. */
        REFERENCE,
        /** The offline optimum among the strategies. */
        OPTIMUM,
        /** The forecast as issued, over the curve editor. */
        FORECAST,
        /** A scatter's reference curve (the frontier). */
        FRONTIER,
        /** A scatter's vertical marker (the target). */
        MARKER;

        /** How many colours the stylesheet gives the role: a list for the indexed roles, else one. */
        public int slots() {
            return switch (this) {
                case FLAVOUR, STRATEGY -> 7;
                case CEILING -> 4;
                default -> 1;
            };
        }

        /**
         * The CSS property of the role's colour {@code slot} (from 0): {@code -chart-flavour-1} for the first of
         * a list, {@code -chart-precision-color} for a role of one colour. (JavaFX parses only its own properties
         * as lists, so a list is a property per colour.)
         */
        public String cssProperty(int slot) {
            String name = "-chart-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
            return slots() == 1 ? name + "-color" : name + "-" + (slot + 1);
        }
    }

    public SeriesColor {
        Objects.requireNonNull(role, "role");
        if (index < 0) {
            throw new IllegalArgumentException("colour index must not be negative: " + index);
        }
    }

    /** The one colour of a role. */
    public static SeriesColor of(Role role) {
        return new SeriesColor(role, 0);
    }

    /** The colour of the flavour at {@code index} of the scenario's list. */
    public static SeriesColor flavour(int index) {
        return new SeriesColor(Role.FLAVOUR, index);
    }

    /** The colour of the strategy at {@code index} of the registry. */
    public static SeriesColor strategy(int index) {
        return new SeriesColor(Role.STRATEGY, index);
    }

    /** The colour of the replica ceiling of the component at {@code index}. */
    public static SeriesColor ceiling(int index) {
        return new SeriesColor(Role.CEILING, index);
    }
}
