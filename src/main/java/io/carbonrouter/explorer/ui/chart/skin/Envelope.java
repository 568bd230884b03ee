package io.carbonrouter.explorer.ui.chart.skin;

/**
 * Per pixel column, the smallest, largest, first and last finite value of the steps the column covers; all
 * {@code NaN} for a column without one (a gap).
 */
public record Envelope(double[] min, double[] max, double[] first, double[] last) {

    public int columns() {
        return min.length;
    }

    public boolean isGap(int column) {
        return Double.isNaN(min[column]);
    }
}
