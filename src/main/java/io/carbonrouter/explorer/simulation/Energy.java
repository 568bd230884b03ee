package io.carbonrouter.explorer.simulation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What one request costs in energy, per flavour name, in watt-hours. One entry is enough: the other flavours
 * scale by their carbon factors, which are relative energy per request. More entries must agree with the
 * factors (the engine decides by the factors). Empty when the scenario gives no energy.
 */
public record Energy(Map<String, Double> whPerRequest) {

    public static final Energy NONE = new Energy(Map.of());

    public Energy {
        Objects.requireNonNull(whPerRequest);
        whPerRequest = Collections.unmodifiableMap(new LinkedHashMap<>(whPerRequest));
    }

    /** The energy of one flavour's request, the others following by carbon factor. */
    public static Energy of(String flavour, double wh) {
        return new Energy(Map.of(flavour, wh));
    }

    public boolean given() {
        return !whPerRequest.isEmpty();
    }
}
