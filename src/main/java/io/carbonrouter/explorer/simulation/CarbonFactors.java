package io.carbonrouter.explorer.simulation;

import io.carbonrouter.explorer.engine.Decision;
import io.carbonrouter.explorer.engine.FlavourProfile;

import java.util.List;

/**
 * The carbon factors of one flavour list: a decision's mix and the p100 baseline, looked up without
 * allocating, so the metrics of a long run cost nothing per step beyond the engine. One per run.
 */
final class CarbonFactors {

    private final List<FlavourProfile> flavours;
    private final double baseline;
    private final NameMemo factors = new NameMemo(this::carbonOf);

    CarbonFactors(List<FlavourProfile> flavours) {
        this.flavours = flavours;
        this.baseline = Run.baselineCarbon(flavours);
    }

    /** The carbon factor of a mix: each flavour's share times its factor (0 for an unknown flavour). */
    double mix(Decision d) {
        double mix = 0.0;
        for (int i = 0; i < d.size(); i++) {
            mix += d.value(i) * factors.of(i, d.name(i));
        }
        return mix;
    }

    /** Carbon factor of the first enabled flavour with the highest precision. */
    double baseline() {
        return baseline;
    }

    private double carbonOf(String name) {
        for (int i = 0; i < flavours.size(); i++) {
            FlavourProfile f = flavours.get(i);
            if (f.name().equals(name)) {
                return f.carbonIntensity();
            }
        }
        return 0.0;
    }
}
