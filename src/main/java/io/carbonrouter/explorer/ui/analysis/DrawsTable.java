package io.carbonrouter.explorer.ui.analysis;

import io.carbonrouter.explorer.simulation.compare.Band;
import io.carbonrouter.explorer.simulation.compare.DrawRow;
import io.carbonrouter.explorer.simulation.compare.Metric;
import io.carbonrouter.explorer.ui.chart.SeriesColor;
import io.carbonrouter.explorer.ui.chart.SeriesSwatch;
import io.carbonrouter.explorer.ui.common.StrategyColors;
import io.carbonrouter.explorer.ui.common.Tooltips;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The Compare window's table of forecast draws: per strategy the mean, 5th and 95th percentiles of savings and
 * mean precision with a bar of the band, the savings with perfect foresight, the forecast's cost and the share
 * of the ideal (the offline optimum's savings) each draw reaches, with its band.
 */
final class DrawsTable {

    private DrawsTable() {
    }

    static void configure(TableView<DrawRow> table, StrategyColors colors) {
        table.getColumns().add(MetricColumns.policy(DrawRow::policy, colors));
        band(table, "Savings", "savings", DrawRow::savings, colors,
                "1 - emissions / emissions of p100, on the actual curve, with decisions on the drawn forecasts");
        band(table, "Mean precision", "precision", DrawRow::meanPrecision, colors,
                "Average precision of the traffic, weighted by demand");
        table.getColumns().add(MetricColumns.number("Perfect", "Savings with the actual curve as the forecast "
                + "(perfect foresight)", DrawRow::perfectSavings, Metric.SAVINGS::format));
        table.getColumns().add(MetricColumns.number("Forecast cost", "What the forecast error costs: perfect "
                + "savings minus the mean over the draws, in percentage points", DrawRow::forecastCost,
                Metric.REGRET::format));
        band(table, "Ideal", "ideal-share", DrawRow::idealShare, colors, "Ideal share: savings over what the offline"
                + " optimum saves at the draw's own mean precision: how much of the ideal it reaches");
        table.getColumns().add(MetricColumns.number("Perf. ideal", "Ideal share with the actual curve as the "
                + "forecast (perfect foresight)", DrawRow::perfectIdealShare, Metric.IDEAL_SHARE::format));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    /** The mean, the 5th and 95th percentiles of one metric over the draws, and a bar of that band. */
    private static void band(TableView<DrawRow> table, String label, String id, Function<DrawRow, Band> band,
                             StrategyColors colors, String meaning) {
        String name = label.toLowerCase(Locale.ROOT);
        TableColumn<DrawRow, DrawRow> mean = MetricColumns.number(label, meaning + "; the mean over the draws",
                r -> band.apply(r).mean(), Metric.SAVINGS::format);
        mean.setId("draws-" + id);
        TableColumn<DrawRow, DrawRow> p5 = MetricColumns.number("p5", "5th percentile of " + name
                + " over the draws", r -> band.apply(r).p5(), Metric.SAVINGS::format);
        TableColumn<DrawRow, DrawRow> p95 = MetricColumns.number("p95", "95th percentile of " + name
                + " over the draws", r -> band.apply(r).p95(), Metric.SAVINGS::format);
        TableColumn<DrawRow, DrawRow> bar = new TableColumn<>();
        MetricColumns.header(bar, "Band", "The 5th to 95th percentile band of " + name + " as a bar around "
                + "the mean (the tick); every row on one axis, from the lowest p5 to the highest p95 of the table "
                + "(the header gives its ends), so bars further right are higher and a wider bar spreads more");
        bar.setId("draws-" + id + "-band");
        bar.setSortable(false);
        bar.setPrefWidth(150);
        bar.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        Label header = (Label) bar.getGraphic();
        bar.setCellFactory(c -> new BandCell(band, colors, header));
        table.getColumns().addAll(List.of(mean, p5, p95, bar));
    }

    /**
     * A bar from p5 to p95 in the strategy's colour with its mean (a tick), on one axis that every row of the table
     * shares, from the lowest p5 to the highest p95 (a little wider, so no band touches the edge): a strategy at
     * 0 % and one at 37 % sit at opposite ends. The column's header names the axis's ends.
     */
    private static final class BandCell extends TableCell<DrawRow, DrawRow> {

        /** Room left beyond the outermost bands, as a share of the axis. */
        private static final double MARGIN = 0.05;

        private final Function<DrawRow, Band> band;
        private final StrategyColors colors;
        private final Label header;
        private final BandBar graphic = new BandBar();

        BandCell(Function<DrawRow, Band> band, StrategyColors colors, Label header) {
            this.band = band;
            this.colors = colors;
            this.header = header;
        }

        @Override
        protected void updateItem(DrawRow item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (DrawRow r : getTableView().getItems()) {
                Band other = band.apply(r);
                // A row without a value (the ideal share of a strategy that saves nothing) sets no scale.
                if (!Double.isNaN(other.p5())) {
                    lo = Math.min(lo, other.p5());
                }
                if (!Double.isNaN(other.p95())) {
                    hi = Math.max(hi, other.p95());
                }
            }
            Band b = band.apply(item);
            if (!(lo <= hi) || Double.isNaN(b.mean())) {
                // No row has a value, or this one has none: nothing to draw on the axis.
                setGraphic(null);
                setTooltip(null);
                return;
            }
            header.setText("Band " + Metric.SAVINGS.format(lo) + " to " + Metric.SAVINGS.format(hi));
            double pad = Math.max(hi - lo, 0.01) * MARGIN;
            graphic.show(b, lo - pad, hi + pad, colors.of(item.policy()));
            setGraphic(graphic);
            setTooltip(Tooltips.tooltip("p5 " + Metric.SAVINGS.format(b.p5()) + ", mean "
                    + Metric.SAVINGS.format(b.mean()) + ", p95 " + Metric.SAVINGS.format(b.p95())
                    + " on the axis from " + Metric.SAVINGS.format(lo) + " to " + Metric.SAVINGS.format(hi)));
        }
    }

    /** The drawing of one band: a track over the whole scale, the band on it, the mean across it. */
    static final class BandBar extends Region {

        private static final double HEIGHT = 12;
        /** A band narrower than this many pixels still shows, as a sliver. */
        private static final double MIN_WIDTH = 2;
        private final Rectangle track = new Rectangle();
        /** The band in the strategy's colour, as the plots' stylesheet (theme included) gives it. */
        private final SeriesSwatch bar = new SeriesSwatch(null, HEIGHT);
        private final Rectangle mean = new Rectangle();
        private Band band = new Band(0, 0, 0);
        private double lo;
        private double hi;

        BandBar() {
            track.getStyleClass().add("band-track");
            bar.getStyleClass().add("band-bar");
            mean.getStyleClass().add("band-mean");
            getChildren().addAll(track, bar, mean);
            setMinWidth(40);
            setPrefHeight(HEIGHT);
        }

        void show(Band b, double scaleFrom, double scaleTo, SeriesColor color) {
            band = b;
            lo = scaleFrom;
            hi = scaleTo;
            bar.seriesColorProperty().set(color);
            requestLayout();
        }

        /** The x of {@code v} on a scale from lo to hi over {@code width}; a scale without width is centred. */
        private double x(double v, double width) {
            return hi > lo ? (v - lo) / (hi - lo) * width : width / 2;
        }

        @Override
        protected void layoutChildren() {
            double w = getWidth();
            double h = Math.min(getHeight(), HEIGHT);
            double top = (getHeight() - h) / 2;
            track.setX(0);
            track.setY(top + h / 2 - 1);
            track.setWidth(w);
            track.setHeight(2);
            double from = x(band.p5(), w);
            double width = Math.max(MIN_WIDTH, x(band.p95(), w) - from);
            bar.resizeRelocate(Math.min(from, w - width), top + 2, width, h - 4);
            mean.setX(Math.round(x(band.mean(), w)) - 1);
            mean.setY(top);
            mean.setWidth(2);
            mean.setHeight(h);
        }
    }
}
