package io.carbonrouter.explorer.ui.chart.skin;

import io.carbonrouter.explorer.ui.chart.AxisSide;
import io.carbonrouter.explorer.ui.chart.ChartSeries;
import io.carbonrouter.explorer.ui.chart.ChartStyle;
import io.carbonrouter.explorer.ui.chart.ChromeColor;
import io.carbonrouter.explorer.ui.chart.CurveEditor;
import io.carbonrouter.explorer.ui.chart.CurveFan;
import io.carbonrouter.explorer.ui.chart.SeriesColor;
import io.carbonrouter.explorer.ui.chart.TimeLabels;
import io.carbonrouter.explorer.ui.chart.TimeTick;
import io.carbonrouter.explorer.ui.chart.TimeWindow;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Paints a {@link CurveEditor}'s curve: a line over a light fill, with its points as circles when there is room. */
final class CurvePainter {

    /** Points get circles once a step is this wide. */
    static final double POINT_SPACING = 7;
    static final double POINT_RADIUS = 2.5;

    /** The opacity of the area under the curve. */
    private static final double AREA_OPACITY = 0.12;

    private final TextMetrics metrics = new TextMetrics();
    /** The editor's decimations, kept from paint to paint. */
    private final DecimationCache cache = new DecimationCache();

    /** What a curve paint needs; {@code rangeMax} is the frozen top of the value range. */
    record Model(String title, String unit, String hint, double[] values, SeriesColor color, TimeLabels labels,
                 TimeWindow window, double rangeMax, double minLeftGutter, double minRightGutter,
                 Optional<CurveFan> fan, int repeats) {
    }

    /** The words beside a repeating curve's seam. */
    static String seamLabel(int repeats) {
        return "repeats \u00d7" + repeats + " over the run";
    }

    ChartGeometry paint(GraphicsContext gc, double width, double height, Model m, ChartStyle s) {
        gc.clearRect(0, 0, width, height);
        double top = HeaderPainter.paint(gc, width, m.title(), legend(m, s), s, metrics).bottom();
        if (m.fan().isEmpty()) {
            hint(gc, width, m, s);
        }
        // The repeat note sits on the unit's line, right-aligned above the plot, where no data runs under it.
        String note = m.repeats() > 1 && m.values().length > 0 ? seamLabel(m.repeats()) : "";
        if (!m.unit().isEmpty() || !note.isEmpty()) {
            AxisPainter.unit(gc, m.unit(), AxisSide.LEFT, width, top + s.lineHeight() / 2, s);
            AxisPainter.unit(gc, note, AxisSide.RIGHT, width, top + s.lineHeight() / 2, s);
            top += s.lineHeight();
        }
        double plotTop = Math.round(top + AxisPainter.topOverhang(s));
        double plotHeight = Math.floor(height - plotTop - AxisPainter.timeAxisHeight(s) - HeaderPainter.PAD / 2);
        NiceScale nice = NiceScale.covering(0, m.rangeMax(), AxisPainter.valueTickCount(plotHeight, s));
        NiceScale scale = new NiceScale(0, nice.max(), nice.step());
        double left = Math.round(Math.max(m.minLeftGutter(), AxisPainter.gutter(scale, s, metrics)));
        double right = Math.max(m.minRightGutter(), 16);
        PlotFrame f = new PlotFrame(left, plotTop, Math.max(1, Math.floor(width - left - right)),
                Math.max(1, plotHeight), m.window().from(), m.window().to());
        ChartGeometry geometry = new ChartGeometry(f, scale, Optional.empty());
        if (plotHeight < 8 || f.width() < 8) {
            return geometry;
        }
        List<TimeTick> ticks = AxisPainter.timeTicks(f, m.labels(), s, metrics);
        AxisPainter.horizontalGrid(gc, f, scale, s);
        AxisPainter.verticalGrid(gc, f, ticks, s);
        gc.save();
        gc.beginPath();
        gc.rect(f.left(), f.top(), f.width(), f.height());
        gc.clip();
        m.fan().ifPresent(fan -> FanPainter.bands(gc, f, scale, fan, s));
        curve(gc, f, scale, m, s);
        m.fan().ifPresent(fan -> FanPainter.line(gc, f, scale, fan, m.values().length, s, cache));
        seams(gc, f, m, s);
        gc.restore();
        AxisPainter.axisLines(gc, f, false, s);
        AxisPainter.valueLabels(gc, f, scale, AxisSide.LEFT, s);
        AxisPainter.timeLabels(gc, f, ticks, width, s, metrics);
        return geometry;
    }

    private void curve(GraphicsContext gc, PlotFrame f, NiceScale scale, Model m, ChartStyle s) {
        Color color = s.color(m.color());
        RenderPass pass = new RenderPass(gc, f, scale, cache);
        ChartSeries area = new ChartSeries("", m.values(), m.color(), Renderers.STACKED_AREA, AxisSide.LEFT);
        area.renderer().paint(pass, List.of(area.values()), List.of(color.deriveColor(0, 1, 1, AREA_OPACITY)));
        ChartSeries line = new ChartSeries("", m.values(), m.color(), Renderers.LINE, AxisSide.LEFT);
        line.renderer().paint(pass, List.of(line.values()), List.of(color));
        if (f.pxPerStep() >= POINT_SPACING) {
            gc.setFill(s.color(ChromeColor.POINT_RING));
            gc.setStroke(color);
            gc.setLineWidth(1.5);
            for (int i = f.from(); i < Math.min(f.to(), m.values().length); i++) {
                double x = f.x(i);
                double y = scale.y(m.values()[i], f.top(), f.height());
                double r = POINT_RADIUS;
                gc.fillOval(x - r, y - r, 2 * r, 2 * r);
                gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
            }
        }
    }

    /**
     * A curve shorter than the run repeats: a dashed line where its end runs on into its start again (at both
     * ends of the curve, since the start is also the seam of the repeat before); the note naming the repeats is
     * above the plot (see {@link #paint}).
     */
    private void seams(GraphicsContext gc, PlotFrame f, Model m, ChartStyle s) {
        int points = m.values().length;
        if (m.repeats() <= 1 || points == 0) {
            return;
        }
        double half = f.pxPerStep() / 2;
        gc.setStroke(s.muted());
        gc.setLineWidth(1.5);
        gc.setLineDashes(5, 4);
        for (int edge : new int[] {0, points}) {
            if (edge >= f.from() && edge <= f.to()) {
                double x = Math.round(f.x(edge) - half) + 0.5;
                gc.strokeLine(x, f.top(), x, f.top() + f.height());
            }
        }
        gc.setLineDashes(null);
    }

    /** With a fan, which line is the edited (actual) curve and which the fan's. */
    private static List<LegendItem> legend(Model m, ChartStyle s) {
        if (m.fan().isEmpty()) {
            return List.of();
        }
        List<LegendItem> items = new ArrayList<>();
        items.add(new LegendItem("actual", s.color(m.color()), LegendItem.Swatch.LINE));
        items.addAll(FanPainter.legend(m.fan().get(), m.labels().label(m.fan().get().from()), s));
        return items;
    }

    /** A muted reminder of what dragging does, at the top right when it fits beside the title. */
    private void hint(GraphicsContext gc, double width, Model m, ChartStyle s) {
        double room = width - 2 * HeaderPainter.PAD - metrics.width(m.title(), s.bold()) - 24;
        if (m.hint().isEmpty() || metrics.width(m.hint(), s.font()) > room) {
            return;
        }
        gc.setFont(s.font());
        gc.setFill(s.muted());
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(m.hint(), width - HeaderPainter.PAD, HeaderPainter.PAD + s.lineHeight() / 2);
    }
}
