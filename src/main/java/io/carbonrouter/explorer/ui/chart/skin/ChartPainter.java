package io.carbonrouter.explorer.ui.chart.skin;

import io.carbonrouter.explorer.ui.chart.AxisSide;
import io.carbonrouter.explorer.ui.chart.ChartBand;
import io.carbonrouter.explorer.ui.chart.ChartData;
import io.carbonrouter.explorer.ui.chart.ChartLine;
import io.carbonrouter.explorer.ui.chart.ChartSeries;
import io.carbonrouter.explorer.ui.chart.ChartStyle;
import io.carbonrouter.explorer.ui.chart.ChromeColor;
import io.carbonrouter.explorer.ui.chart.SeriesStyle;
import io.carbonrouter.explorer.ui.chart.TimeSeriesChart;
import io.carbonrouter.explorer.ui.chart.TimeTick;
import io.carbonrouter.explorer.ui.chart.TimeWindow;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** Paints a whole {@link TimeSeriesChart} (all but the cursor and hover) onto a canvas. */
final class ChartPainter {

    /** A plot without data on the right still keeps this margin, so the last time label has room. */
    private static final double RIGHT_MARGIN = 16;

    private final TextMetrics metrics = new TextMetrics();

    ChartGeometry paint(GraphicsContext gc, double width, double height, ChartModel m, ChartStyle s) {
        gc.clearRect(0, 0, width, height);
        ChartData data = m.data();
        double top = HeaderPainter.paint(gc, width, m.title(), legend(m, s), s, metrics);
        boolean right = data.usesRightAxis();
        if (!data.leftUnit().isEmpty() || right && !data.rightUnit().isEmpty()) {
            AxisPainter.unit(gc, data.leftUnit(), AxisSide.LEFT, width, top + s.lineHeight() / 2, s);
            AxisPainter.unit(gc, right ? data.rightUnit() : "", AxisSide.RIGHT, width, top + s.lineHeight() / 2, s);
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
        ChartGeometry geometry = new ChartGeometry(f, left, rightScale);
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
        bands(gc, data, g, s);
        m.overlays().stream().filter(Overlay::behind)
                .forEach(o -> barsAndLines(gc, o.data(), g, s, Optional.of(o.mix())));
        stacks(gc, data, g, s, Optional.empty());
        m.overlays().forEach(o -> stacks(gc, o.data(), g, s, Optional.of(o.mix())));
        barsAndLines(gc, data, g, s, Optional.empty());
        m.overlays().stream().filter(o -> !o.behind())
                .forEach(o -> barsAndLines(gc, o.data(), g, s, Optional.of(o.mix())));
        referenceLines(gc, data, m.drawn(), g, s);
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
     * Stacked areas first, bars over them, lines on top. An overlay (a pinned or a measured run, {@code mix}
     * present) is drawn in its mix: its bars and lines before or after everything ({@link Overlay#behind}), its
     * stacked areas as dashed outlines drawn over the current areas, which would otherwise hide them.
     */
    private static void stacks(GraphicsContext gc, ChartData data, ChartGeometry g, ChartStyle st,
                               Optional<ChromeColor> mix) {
        PlotFrame f = g.frame();
        for (AxisSide side : AxisSide.values()) {
            List<ChartSeries> stack = data.series().stream()
                    .filter(s -> s.axis() == side && s.style() == SeriesStyle.STACKED_AREA).toList();
            if (stack.isEmpty()) {
                continue;
            }
            List<Color> colors = stack.stream().map(s -> st.color(s.color()))
                    .map(c -> mix.isPresent() ? outline(c, mix.get(), st) : c).toList();
            if (mix.isPresent()) {
                gc.save();
                gc.setGlobalAlpha(0.9);
                SeriesPainter.stackedOutlines(gc, f, stack, g.scale(side), colors);
                gc.restore();
            } else {
                SeriesPainter.stacked(gc, f, stack, g.scale(side), colors);
            }
        }
    }

    private static void barsAndLines(GraphicsContext gc, ChartData data, ChartGeometry g, ChartStyle st,
                                     Optional<ChromeColor> mix) {
        PlotFrame f = g.frame();
        for (ChartSeries s : data.series()) {
            Color color = mix.isPresent() ? faded(st.color(s.color()), mix.get(), st) : st.color(s.color());
            if (s.style() == SeriesStyle.BARS) {
                SeriesPainter.bars(gc, f, s, g.scale(s.axis()), color);
            }
        }
        for (ChartSeries s : data.series()) {
            Color color = mix.isPresent() ? faded(st.color(s.color()), mix.get(), st) : st.color(s.color());
            if (s.style() != SeriesStyle.BARS && s.style() != SeriesStyle.STACKED_AREA) {
                SeriesPainter.line(gc, f, s, g.scale(s.axis()), color);
            }
        }
    }

    /**
     * {@code color} mixed with an overlay's chrome colour, for its lines and bars: the pinned run's pale and
     * greyed behind the current run, a measured run's half its mix and nearly opaque, so the two never look alike.
     */
    static Color faded(Color color, ChromeColor mix, ChartStyle s) {
        if (mix != ChromeColor.GHOST_MIX) {
            return color.interpolate(s.color(mix), 0.5).deriveColor(0, 1, 1, 0.9);
        }
        return color.interpolate(s.color(mix), 0.35).deriveColor(0, 0.6, 1, 0.55);
    }

    /** An overlay's stacked-area outlines: the ghost's a darker flavour colour, a measured run's leaning to its mix. */
    private static Color outline(Color color, ChromeColor mix, ChartStyle s) {
        if (mix != ChromeColor.GHOST_MIX) {
            return color.interpolate(s.color(mix), 0.6).deriveColor(0, 1, 1, 0.95);
        }
        return color.darker().deriveColor(0, 0.8, 1, 0.85);
    }

    private static void bands(GraphicsContext gc, ChartData data, ChartGeometry g, ChartStyle s) {
        PlotFrame f = g.frame();
        for (ChartBand band : data.bands()) {
            double y0 = Math.round(g.y(AxisSide.LEFT, band.high()));
            double y1 = Math.round(g.y(AxisSide.LEFT, band.low()));
            gc.setFill(s.color(band.fill()));
            gc.fillRect(f.left(), y0, f.width(), Math.max(1, y1 - y0));
        }
    }

    private void referenceLines(GraphicsContext gc, ChartData data, List<ChartData> drawn, ChartGeometry g,
                                ChartStyle s) {
        PlotFrame f = g.frame();
        gc.setFont(s.font());
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.BOTTOM);
        gc.setLineWidth(1);
        gc.setLineDashes(5, 3);
        for (ChartLine line : data.lines()) {
            double y = PlotFrame.crisp(g.y(AxisSide.LEFT, line.value()));
            gc.setStroke(s.color(line.color()));
            gc.strokeLine(f.left(), y, f.right(), y);
        }
        gc.setLineDashes(null);
        // The labels after all the lines, so no reference line strikes through another's label.
        for (ChartLine line : data.lines()) {
            if (!line.label().isEmpty()) {
                double y = PlotFrame.crisp(g.y(AxisSide.LEFT, line.value()));
                LineLabels.Place p = LineLabels.place(g, y, metrics.width(line.label(), s.font()), s.lineHeight(),
                        drawn);
                // An opaque box behind the label, so the data under it does not strike it through.
                gc.setFill(s.color(ChromeColor.LABEL_HALO));
                gc.fillRect(p.left(), p.top(), p.right() - p.left(), p.bottom() - p.top());
                gc.setFill(s.color(line.color()));
                gc.fillText(line.label(), p.x(), p.bottom());
            }
        }
    }

    /** The values an axis must show in the window: its series (and the overlays'), and the left axis' marks. */
    private static ValueRange range(ChartModel m, AxisSide side) {
        ValueRange range = new ValueRange();
        TimeWindow w = m.window();
        for (ChartData d : m.drawn()) {
            List<ChartSeries> onSide = d.series().stream().filter(s -> s.axis() == side).toList();
            range.addStacked(onSide.stream().filter(s -> s.style() == SeriesStyle.STACKED_AREA).toList(),
                    w.from(), w.to());
            onSide.stream().filter(s -> s.style() != SeriesStyle.STACKED_AREA)
                    .forEach(s -> range.add(s.values(), w.from(), w.to()));
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

    /** Whether an axis shows bars or areas, which must start at zero. */
    private static boolean fills(ChartData data, AxisSide side) {
        return data.series().stream().anyMatch(s -> s.axis() == side
                && (s.style() == SeriesStyle.BARS || s.style() == SeriesStyle.STACKED_AREA));
    }

    private static List<LegendItem> legend(ChartModel m, ChartStyle s) {
        List<LegendItem> items = new ArrayList<>();
        m.data().series().forEach(series -> items.add(LegendItem.of(series, s)));
        m.data().bands().stream().filter(b -> !b.label().isEmpty()).forEach(b -> items.add(LegendItem.of(b, s)));
        m.overlays().stream().filter(o -> !o.data().series().isEmpty())
                .forEach(o -> items.add(new LegendItem(o.label(), s.color(o.legend()), LegendItem.Swatch.DASHED)));
        return items;
    }
}
