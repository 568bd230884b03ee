package io.carbonrouter.explorer.ui.chart.skin;

import io.carbonrouter.explorer.ui.chart.ChartData;
import io.carbonrouter.explorer.ui.chart.ChartSeries;

import java.util.List;

/**
 * Where a reference line's label goes: just above or below its line, at the plot's right or left end or in between,
 * in the first of those places that no plotted line or bar crosses (the fewest crossings when every place is
 * crossed, where the label's halo hides what passes under it).
 */
final class LineLabels {

    /** Room between the label and the plot's side. */
    static final double INSET = 4;
    /** How far the halo reaches past the text on either side. */
    static final double HALO_PAD = 2;
    /**
     * Where along its line a label may sit, as a share of the room: the right end first, then the left end, then
     * in between, so a noisy series crossing both ends still leaves the label a free place.
     */
    private static final double[] ALONG = {1, 0, 0.5, 0.25, 0.75};

    /** A label's place: its text box (the halo) and the text's anchor, {@code x} at its left, {@code baseline} at its bottom. */
    record Place(double left, double top, double right, double bottom, double x) {
    }

    private LineLabels() {
    }

    /**
     * @param y          the line's y
     * @param width      the label's text width
     * @param lineHeight the height of a line of text
     * @param drawn      the runs drawn in the plot (the current one, and a pinned one when there is one)
     */
    static Place place(ChartGeometry g, double y, double width, double lineHeight, List<ChartData> drawn) {
        PlotFrame f = g.frame();
        Place best = null;
        int fewest = Integer.MAX_VALUE;
        for (double along : ALONG) {
            for (boolean above : new boolean[] {true, false}) {
                double bottom = above ? y - 2 : y + lineHeight;
                if (above ? bottom - lineHeight < f.top() : bottom > f.bottom()) {
                    continue;
                }
                double x = f.left() + INSET + along * Math.max(0, f.width() - 2 * INSET - width);
                // At either end the halo runs to the plot's edge: no line peeks out between label and edge.
                Place p = new Place(along == 0 ? f.left() : x - HALO_PAD, bottom - lineHeight + 2,
                        along == 1 ? f.right() : x + width + HALO_PAD, bottom, x);
                int crossings = crossings(g, p, drawn);
                if (crossings < fewest) {
                    best = p;
                    fewest = crossings;
                }
            }
        }
        if (best == null) {
            // A plot lower than two lines of text: above the line, as far as it goes.
            double x = f.right() - INSET - width;
            return new Place(x - HALO_PAD, y - lineHeight, f.right(), y - 2, x);
        }
        return best;
    }

    /** How many of the drawn lines and bars pass through the place's box. */
    static int crossings(ChartGeometry g, Place p, List<ChartData> drawn) {
        PlotFrame f = g.frame();
        // The steps whose points, or the segments to their neighbours, lie under the box.
        int from = Math.max(0, f.stepsAt(p.left())[0] - 1);
        int to = f.stepsAt(Math.max(p.left(), p.right() - 1))[1] + 1;
        int count = 0;
        for (ChartData d : drawn) {
            for (ChartSeries s : d.series()) {
                if (s.renderer().stacks()) {
                    continue;
                }
                double high = Double.POSITIVE_INFINITY;
                double low = Double.NEGATIVE_INFINITY;
                for (int i = from; i < Math.min(to, d.steps()); i++) {
                    double v = s.valueAt(i);
                    if (Double.isFinite(v)) {
                        double y = g.y(s.axis(), v);
                        high = Math.min(high, y);
                        low = Math.max(low, y);
                    }
                }
                // A bar fills down from its value, so it reaches the box when its top is above the box's bottom.
                if (s.renderer().fillsFromZero() ? high <= p.bottom() : high <= p.bottom() && low >= p.top()) {
                    count++;
                }
            }
        }
        return count;
    }
}
