package io.carbonrouter.explorer.engine;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * Replica bounds of one component the throttle scales (router, consumer or target). A component without a
 * max gets no replica ceiling.
 */
public record ComponentBound(String component, OptionalInt min, OptionalInt max) {

    public ComponentBound {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
    }

    public static ComponentBound of(String component, Integer min, Integer max) {
        return new ComponentBound(component, min == null ? OptionalInt.empty() : OptionalInt.of(min),
                max == null ? OptionalInt.empty() : OptionalInt.of(max));
    }
}
