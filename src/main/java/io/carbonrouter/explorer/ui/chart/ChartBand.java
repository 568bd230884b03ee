package io.carbonrouter.explorer.ui.chart;

import java.util.Objects;

/** A horizontal band on the left axis, such as the ledger's creditMin..creditMax; its label goes in the legend. */
public record ChartBand(double low, double high, SeriesColor fill, String label) {

    public ChartBand {
        Objects.requireNonNull(fill, "fill");
        Objects.requireNonNull(label, "label");
        if (!(low <= high)) {
            throw new IllegalArgumentException("band low " + low + " must not exceed high " + high);
        }
    }
}
