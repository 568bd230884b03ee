package io.carbonrouter.explorer.engine;

import java.util.List;

/** The components that have a replica max, in input order, read once per configuration. Immutable. */
public final class ReplicaBounds {

    private final List<String> components;
    private final int[] max;
    private final int[] min;
    private final boolean[] hasMin;

    private ReplicaBounds(List<ComponentBound> bounds) {
        List<ComponentBound> capped = bounds.stream().filter(b -> b.max().isPresent()).toList();
        components = capped.stream().map(ComponentBound::component).toList();
        max = new int[capped.size()];
        min = new int[capped.size()];
        hasMin = new boolean[capped.size()];
        for (int i = 0; i < max.length; i++) {
            ComponentBound b = capped.get(i);
            max[i] = b.max().getAsInt();
            hasMin[i] = b.min().isPresent();
            min[i] = b.min().orElse(0);
        }
    }

    public static ReplicaBounds of(List<ComponentBound> bounds) {
        return new ReplicaBounds(bounds);
    }

    /** The components with a max, in input order. */
    public List<String> components() {
        return components;
    }

    public int size() {
        return max.length;
    }

    /** Writes each component's ceiling under {@code throttle}: max x throttle, rounded, within min..max. */
    void ceilings(double throttle, int[] out) {
        for (int i = 0; i < max.length; i++) {
            long s = EngineMath.round(max[i] * throttle);
            if (hasMin[i]) {
                s = Math.max(s, min[i]);
            }
            out[i] = (int) Math.min(Math.max(0, s), max[i]);
        }
    }
}
