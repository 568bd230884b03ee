package io.carbonrouter.explorer.ui.chart.skin;

import io.carbonrouter.explorer.ui.chart.AxisSide;
import io.carbonrouter.explorer.ui.chart.ChartData;
import io.carbonrouter.explorer.ui.chart.ChartLine;
import io.carbonrouter.explorer.ui.chart.ChartSeries;
import io.carbonrouter.explorer.ui.chart.ChartStyle;
import io.carbonrouter.explorer.ui.chart.TimeSeriesChart;
import io.carbonrouter.explorer.ui.chart.TimeTick;
import io.carbonrouter.explorer.ui.chart.TimeWindow;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.IntPredicate;

/** Paints a whole {@link TimeSeriesChart} (all but the cursor and hover) onto a canvas. */
final class ChartPainter {

    /** The least room between the left and the right axis' units on their shared line. */
    private static final double UNIT_GAP = 12;
    /** A plot without data on the right still keeps this margin, so the last time label has room. */
    private static final double RIGHT_MARGIN = 16;

    /**
     * The chart's renderers draw in this order: its bands ({@link BandRenderer}), the lines and bars of a run
     * drawn behind ({@link Overlay#behind}), its areas, every overlay's areas as outlines, its bars and lines,
     * then the lines and bars of an overlay drawn in front; the reference lines last.
     */
    private static final IntPredicate AREAS = layer -> layer == SeriesRenderer.AREA_LAYER;
    private static final IntPredicate ABOVE_AREAS = layer -> layer > SeriesRenderer.AREA_LAYER;

    /** A reference line's dashes, drawn the same in the plot and in its legend swatch. */
    static final double[] LINE_DASHES = {5, 3};

    private final TextMetrics metrics = new TextMetrics();
    /** This chart's decimations, kept from paint to paint. */
    private final DecimationCache cache = new DecimationCache();

    ChartGeometry paint(GraphicsContext gc, double width, double height, ChartModel m, ChartStyle s) {
        gc.clearRect(0, 0, width, height);
        ChartData data = m.data();
        HeaderPainter.Header header = HeaderPainter.paint(gc, width, m.title(), legend(m, s), s, metrics);
        double top = header.bottom();
        boolean right = data.usesRightAxis();
        String leftUnit = data.leftUnit();
        String rightUnit = right ? data.rightUnit() : "";
        if (!leftUnit.isEmpty() || !rightUnit.isEmpty()) {
            AxisPainter.unit(gc, leftUnit, AxisSide.LEFT, width, top + s.lineHeight() / 2, s);
            // Two units that would run into each other in a narrow chart take a line each.
            if (!leftUnit.isEmpty() && !rightUnit.isEmpty() && metrics.width(leftUnit, s.font())
                    + metrics.width(rightUnit, s.font()) + UNIT_GAP > width - 2 * AxisPainter.PAD) {
                top += s.lineHeight();
            }
            AxisPainter.unit(gc, rightUnit, AxisSide.RIGHT, width, top + s.lineHeight() / 2, s);
            top += s.lineHeight();
        }
        double plotTop = Math.round(top + AxisPainter.topOverhang(s));
        double plotHeight = Math.floor(height - plotTop - AxisPainter.timeAxisHeight(s) - HeaderPainter.PAD / 2);
        TimeWindow w = m.window();
        int ticks = AxisPainter.valueTickCount(plotHeight, s);
        NiceScale left = range(m, AxisSide.LEFT).scale(ticks, fills(data, AxisSide.LEFT), data.leftMin(),
                data.leftMax());
        Optional<NiceScale> rightScale = right
                ? Optional.of(range(m, AxisSide.RIGHT).scale(ticks, fills(data, AxisSide.RIGHT),
                        OptionalDouble.empty(), OptionalDouble.empty()))
                : Optional.empty();
        double leftGutter = Math.round(Math.max(m.minLeftGutter(), AxisPainter.gutter(left, s, metrics)));
        double rightGutter = Math.max(m.minRightGutter(),
                rightScale.map(r -> AxisPainter.gutter(r, s, metrics)).orElse(RIGHT_MARGIN));
        PlotFrame f = new PlotFrame(leftGutter, plotTop, Math.max(1, Math.floor(width - leftGutter - rightGutter)),
                Math.max(1, plotHeight), w.from(), w.to());
        ChartGeometry geometry = new ChartGeometry(f, left, rightScale, header.legend());
        if (plotHeight >= 8 && f.width() >= 8) {
            paintPlot(gc, width, m, s, geometry);
        }
        return geometry;
    }

    private void paintPlot(GraphicsContext gc, double width, ChartModel m, ChartStyle s, ChartGeometry g) {
        PlotFrame f = g.frame();
        ChartData data = m.data();
        List<TimeTick> timeTicks = AxisPainter.timeTicks(f, m.labels(), s, metrics);
        AxisPainter.horizontalGrid(gc, f, g.left(), s);
        AxisPainter.slotGrid(gc, f, m.labels().stepsPerSlot(), s);
        AxisPainter.verticalGrid(gc, f, timeTicks, s);
        gc.save();
        gc.beginPath();
        gc.rect(f.left(), f.top(), f.width(), f.height());
        gc.clip();
        BandRenderer.paint(gc, data, g, s);
        SeriesLayers layers = new SeriesLayers(gc, g, cache);
        m.overlays().stream().filter(Overlay::behind).forEach(o -> o.ghost().paint(layers, o.data(), s, ABOVE_AREAS));
        layers.paint(data, AREAS, series -> s.color(series.color()), false);
        m.overlays().forEach(o -> o.ghost().paint(layers, o.data(), s, AREAS));
        layers.paint(data, ABOVE_AREAS, series -> s.color(series.color()), false);
        m.overlays().stream().filter(o -> !o.behind()).forEach(o -> o.ghost().paint(layers, o.data(), s, ABOVE_AREAS));
        referenceLines(gc, data, g, s);
        gc.restore();
        AxisPainter.axisLines(gc, f, g.right().isPresent(), s);
        AxisPainter.valueLabels(gc, f, g.left(), AxisSide.LEFT, s);
        g.right().ifPresent(r -> AxisPainter.valueLabels(gc, f, r, AxisSide.RIGHT, s));
        AxisPainter.timeLabels(gc, f, timeTicks, width, s, metrics);
        if (data.steps() == 0) {
            gc.setFill(s.muted());
            gc.setFont(s.font());
            gc.setTextAlign(TextAlignment.CENTER);
            gc.setTextBaseline(VPos.CENTER);
            gc.fillText("No data", f.left() + f.width() / 2, f.top() + f.height() / 2);
        }
    }

    /**
     * The reference lines, dashed across the plot. Their labels are legend entries above the plot (see
     * {@link #legend}): a label inside the plot sat on the data wherever the data ran along its line (precision
     * held at the target all run long, as the deployed loop does).
     */
    private static void referenceLines(GraphicsContext gc, ChartData data, ChartGeometry g, ChartStyle s) {
        PlotFrame f = g.frame();
        gc.setLineWidth(1);
        gc.setLineDashes(LINE_DASHES);
        for (ChartLine line : data.lines()) {
            double y = PlotFrame.crisp(g.y(AxisSide.LEFT, line.value()));
            gc.setStroke(s.color(line.color()));
            gc.strokeLine(f.left(), y, f.right(), y);
        }
        gc.setLineDashes(null);
    }

    /** The values an axis must show in the window: its series (and the overlays'), and the left axis' marks. */
    private ValueRange range(ChartModel m, AxisSide side) {
        ValueRange range = new ValueRange(cache);
        TimeWindow w = m.window();
        for (ChartData d : m.drawn()) {
            List<ChartSeries> onSide = d.series().stream().filter(s -> s.axis() == side).toList();
            range.addStacked(onSide.stream().filter(s -> s.renderer().stacks()).toList(), w.from(), w.to());
            onSide.stream().filter(s -> !s.renderer().stacks()).forEach(s -> range.add(s.values(), w.from(), w.to()));
        }
        if (side == AxisSide.LEFT) {
            m.data().bands().forEach(b -> {
                range.add(b.low());
                range.add(b.high());
            });
            m.data().lines().forEach(l -> range.add(l.value()));
        }
        return range;
    }

    /** Whether an axis shows series that fill down to zero (bars, areas), so it must start there. */
    private static boolean fills(ChartData data, AxisSide side) {
        return data.series().stream().anyMatch(s -> s.axis() == side && s.renderer().fillsFromZero());
    }

    private static List<LegendItem> legend(ChartModel m, ChartStyle s) {
        List<LegendItem> items = new ArrayList<>();
        m.data().series().forEach(series -> items.add(LegendItem.of(series, s)));
        m.data().lines().stream().filter(l -> !l.label().isEmpty())
                .forEach(l -> items.add(new LegendItem(l.label(), s.color(l.color()), LegendItem.Swatch.REFERENCE)));
        m.data().bands().stream().filter(b -> !b.label().isEmpty()).forEach(b -> items.add(LegendItem.of(b, s)));
        m.overlays().stream().filter(o -> !o.data().series().isEmpty())
                .forEach(o -> items.add(new LegendItem(o.label(), s.color(o.legend()), LegendItem.Swatch.DASHED)));
        return items;
    }
}
