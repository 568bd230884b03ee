package io.carbonrouter.explorer.simulation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What one request costs in energy, per flavour name, in watt-hours. One entry is enough: the other flavours
 * scale by their carbon factors, which are relative energy per request. More entries must agree with the
 * factors (the engine decides by the factors). Empty when the scenario gives no energy.
 *
 * <p>{@code notebookPerRequest} is the energy per request the upstream notebooks count with (their
 * {@code ENERGY_P30/P50/P100}: 0.30, 0.50, 1.00), set apart from the carbon factors the engine decides by
 * (0.3, 0.6, 1.0 in the upstream chart): only the notebook metrics read it, and a flavour it does not name
 * counts its carbon factor. Scenario key {@code notebookEnergy}.
 */
public record Energy(Map<String, Double> whPerRequest, Map<String, Double> notebookPerRequest) {

    public static final Energy NONE = new Energy(Map.of());

    public Energy {
        whPerRequest = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(whPerRequest)));
        notebookPerRequest = Collections.unmodifiableMap(
                new LinkedHashMap<>(Objects.requireNonNull(notebookPerRequest)));
    }

    /** Watt-hours per request, no notebook energy of its own. */
    public Energy(Map<String, Double> whPerRequest) {
        this(whPerRequest, Map.of());
    }

    /** A copy whose notebook metrics count {@code perRequest} per flavour. */
    public Energy withNotebook(Map<String, Double> perRequest) {
        return new Energy(whPerRequest, perRequest);
    }

    /** The energy of one flavour's request, the others following by carbon factor. */
    public static Energy of(String flavour, double wh) {
        return new Energy(Map.of(flavour, wh));
    }

    public boolean given() {
        return !whPerRequest.isEmpty();
    }
}
