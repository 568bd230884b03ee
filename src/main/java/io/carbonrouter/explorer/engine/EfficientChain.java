package io.carbonrouter.explorer.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The part of the enabled flavours' lower convex hull in (precision, carbon) space that an optimiser can
 * use: from the cheapest flavour (the most precise among equally cheap ones) up to the cheapest of the most
 * precise ones. Every slot's best mix lies on it; its edges have strictly positive, increasing slopes, so
 * each extra unit of precision costs more than the last. A mix off this chain is beaten by one on it. The
 * offline optimum and the receding-horizon strategy both solve their linear programme along it.
 */
public record EfficientChain(double[] precision, double[] carbon, FlavourProfile[] flavours) {

    /** The chain of the enabled flavours; fails when none is enabled. */
    public static EfficientChain of(List<FlavourProfile> flavours) {
        List<FlavourProfile> enabled = flavours.stream().filter(FlavourProfile::enabled).toList();
        if (enabled.isEmpty()) {
            throw new IllegalArgumentException("no flavours enabled: the optimum needs at least one");
        }
        FlavourProfile start = enabled.get(0);
        for (FlavourProfile f : enabled) {
            if (f.carbonIntensity() < start.carbonIntensity()
                    || f.carbonIntensity() == start.carbonIntensity() && f.precision() > start.precision()) {
                start = f;
            }
        }
        List<FlavourProfile> vertices = new ArrayList<>();
        double p = start.precision();
        double c = start.carbonIntensity();
        vertices.add(start);
        while (true) {
            FlavourProfile next = null;
            double best = Double.POSITIVE_INFINITY;
            for (FlavourProfile f : enabled) {
                if (f.precision() <= p) {
                    continue;
                }
                double slope = (f.carbonIntensity() - c) / (f.precision() - p);
                // Gift wrapping: the flattest edge; on a tie the farther point, so collinear flavours drop out.
                if (slope < best || slope == best && f.precision() > next.precision()) {
                    best = slope;
                    next = f;
                }
            }
            if (next == null) {
                break;
            }
            p = next.precision();
            c = next.carbonIntensity();
            vertices.add(next);
        }
        double[] ps = new double[vertices.size()];
        double[] cs = new double[vertices.size()];
        for (int i = 0; i < ps.length; i++) {
            ps[i] = vertices.get(i).precision();
            cs[i] = vertices.get(i).carbonIntensity();
        }
        return new EfficientChain(ps, cs, vertices.toArray(FlavourProfile[]::new));
    }

    public int vertices() {
        return precision.length;
    }

    public int edges() {
        return precision.length - 1;
    }

    public double lowPrecision() {
        return precision[0];
    }

    public double topPrecision() {
        return precision[precision.length - 1];
    }

    /** Carbon per unit of precision along edge k (strictly positive). */
    public double slope(int k) {
        return (carbon[k + 1] - carbon[k]) / (precision[k + 1] - precision[k]);
    }
}
