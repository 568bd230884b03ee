package io.carbonrouter.explorer.ui.chart.skin;

import io.carbonrouter.explorer.ui.chart.ChartBand;
import io.carbonrouter.explorer.ui.chart.ChartSeries;
import io.carbonrouter.explorer.ui.chart.ChartStyle;
import javafx.scene.paint.Color;

/** One entry of a chart's legend: a series, the ghost run or a band, each with its own kind of swatch. */
record LegendItem(String name, Color color, Swatch swatch) {

    enum Swatch {
        LINE,
        DASHED,
        /** A thin dashed line, as a reference line (the target) is drawn across the plot. */
        REFERENCE,
        /** A filled square, for areas and bars. */
        BLOCK,
        /** A pale square with an outline, for a band behind the data. */
        BAND;
    }

    static LegendItem of(ChartSeries series, ChartStyle style) {
        return new LegendItem(series.name(), style.color(series.color()), series.renderer().swatch());
    }

    static LegendItem of(ChartBand band, ChartStyle style) {
        return new LegendItem(band.label(), style.color(band.fill()), Swatch.BAND);
    }
}
