package io.carbonrouter.explorer.ui.chart.skin;

import io.carbonrouter.explorer.ui.chart.AxisSide;
import io.carbonrouter.explorer.ui.chart.ChartStyle;
import io.carbonrouter.explorer.ui.chart.TimeLabels;
import io.carbonrouter.explorer.ui.chart.TimeTick;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import java.util.List;

/** Grid lines, axis lines, tick labels and units around a {@link PlotFrame}, all on pixel centres. */
public final class AxisPainter {

    static final double PAD = 6;
    static final double TICK = 4;
    /** The least room between two time labels. */
    private static final double LABEL_GAP = 10;
    /** The narrowest time label there is, to bound how many ticks could ever fit. */
    private static final String NARROWEST_TIME = "+0d";
    /** The slot grid shows once a slot is this many pixels wide. */
    static final double SLOT_GRID_PX = 6;
    /** The slot grid is this share as opaque as the time grid: it sits behind it. */
    private static final double SLOT_GRID_OPACITY = 0.55;

    private AxisPainter() {
    }

    /** The height under the plot for tick marks and time labels. */
    static double timeAxisHeight(ChartStyle s) {
        return TICK + s.lineHeight() + 2;
    }

    /** The room above the plot that the top value label reaches into. */
    static double topOverhang(ChartStyle s) {
        return Math.ceil(s.fontSize() * 0.6);
    }

    /** How many value ticks suit a plot of {@code height} pixels. */
    static int valueTickCount(double height, ChartStyle s) {
        return Math.max(2, (int) (height / (s.lineHeight() * 1.8)) + 1);
    }

    /** The width of the widest value label plus its margins. */
    static double gutter(NiceScale scale, ChartStyle s, TextMetrics metrics) {
        double widest = 0;
        for (double tick : scale.ticks()) {
            widest = Math.max(widest, metrics.width(scale.format(tick), s.font()));
        }
        return PAD + widest + TICK + 4;
    }

    static void horizontalGrid(GraphicsContext gc, PlotFrame f, NiceScale scale, ChartStyle s) {
        gc.setStroke(s.grid());
        gc.setLineWidth(1);
        for (double tick : scale.ticks()) {
            double y = PlotFrame.crisp(scale.y(tick, f.top(), f.height()));
            gc.strokeLine(f.left(), y, f.right(), y);
        }
    }

    static void verticalGrid(GraphicsContext gc, PlotFrame f, List<TimeTick> ticks, ChartStyle s) {
        gc.setStroke(s.grid());
        gc.setLineWidth(1);
        for (TimeTick tick : ticks) {
            double x = PlotFrame.crisp(f.x(tick.position()));
            if (x > f.left() && x < f.right()) {
                gc.strokeLine(x, f.top(), x, f.bottom());
            }
        }
    }

    /**
     * The deployed loop's forecast slots as faint vertical lines where one ends and the next begins, once a slot
     * is at least {@link #SLOT_GRID_PX} pixels wide; zoomed out, the lines would only grey the plot.
     */
    static void slotGrid(GraphicsContext gc, PlotFrame f, double stepsPerSlot, ChartStyle s) {
        if (!(stepsPerSlot > 1) || stepsPerSlot * f.pxPerStep() < SLOT_GRID_PX) {
            return;
        }
        gc.setStroke(s.grid().deriveColor(0, 1, 1, SLOT_GRID_OPACITY));
        gc.setLineWidth(1);
        // Slot k starts with the tick at position k * stepsPerSlot; the line is that tick's left edge.
        for (long slot = (long) Math.floor(f.from() / stepsPerSlot) + 1; slot * stepsPerSlot < f.to(); slot++) {
            double x = PlotFrame.crisp(f.x(slot * stepsPerSlot - 0.5));
            if (x > f.left() && x < f.right()) {
                gc.strokeLine(x, f.top(), x, f.bottom());
            }
        }
    }

    /** The left (and, when used, right) axis lines and the bottom line of the plot. */
    static void axisLines(GraphicsContext gc, PlotFrame f, boolean right, ChartStyle s) {
        gc.setStroke(s.axis());
        gc.setLineWidth(1);
        double bottom = PlotFrame.crisp(f.bottom());
        gc.strokeLine(f.left(), bottom, f.right(), bottom);
        double left = PlotFrame.crisp(f.left()) - 1;
        gc.strokeLine(left, f.top(), left, bottom);
        if (right) {
            double r = PlotFrame.crisp(f.right());
            gc.strokeLine(r, f.top(), r, bottom);
        }
    }

    /** Tick labels of a value axis, right-aligned left of the plot or left-aligned right of it. */
    static void valueLabels(GraphicsContext gc, PlotFrame f, NiceScale scale, AxisSide side, ChartStyle s) {
        gc.setFont(s.font());
        gc.setFill(s.muted());
        gc.setTextBaseline(VPos.CENTER);
        boolean left = side == AxisSide.LEFT;
        gc.setTextAlign(left ? TextAlignment.RIGHT : TextAlignment.LEFT);
        double x = left ? f.left() - TICK - 4 : f.right() + TICK + 4;
        gc.setStroke(s.axis());
        for (double tick : scale.ticks()) {
            double y = PlotFrame.crisp(scale.y(tick, f.top(), f.height()));
            double edge = left ? PlotFrame.crisp(f.left()) - 1 : PlotFrame.crisp(f.right());
            gc.strokeLine(edge, y, left ? edge - TICK : edge + TICK, y);
            gc.fillText(scale.format(tick), x, y);
        }
    }

    /** A unit caption above an axis: flush left over the left axis, flush right over the right one. */
    static void unit(GraphicsContext gc, String unit, AxisSide side, double width, double y, ChartStyle s) {
        if (unit.isEmpty()) {
            return;
        }
        gc.setFont(s.font());
        gc.setFill(s.muted());
        gc.setTextBaseline(VPos.CENTER);
        boolean left = side == AxisSide.LEFT;
        gc.setTextAlign(left ? TextAlignment.LEFT : TextAlignment.RIGHT);
        gc.fillText(unit, left ? PAD : width - PAD, y);
    }

    /**
     * The time ticks for the window, as many as fit without their labels touching: the densest tick interval
     * whose widest label, plus a gap, fits between two ticks. Labels differ in width ("00:00", "16 Jan",
     * "16 Jan 2031"), so they are measured rather than guessed.
     */
    public static List<TimeTick> timeTicks(PlotFrame f, TimeLabels labels, ChartStyle s, TextMetrics metrics) {
        double from = f.from() - 0.5;
        double to = f.to() - 0.5;
        int most = Math.max(1, (int) (f.width() / (metrics.width(NARROWEST_TIME, s.font()) + LABEL_GAP)));
        int triedSize = -1;
        for (int max = most; max > 1; max--) {
            List<TimeTick> ticks = labels.ticks(from, to, max);
            if (ticks.size() != triedSize && labelsFit(ticks, f, s, metrics)) {
                return ticks;
            }
            triedSize = ticks.size();
        }
        return labels.ticks(from, to, 1);
    }

    private static boolean labelsFit(List<TimeTick> ticks, PlotFrame f, ChartStyle s, TextMetrics metrics) {
        if (ticks.size() < 2) {
            return true;
        }
        double widest = 0;
        for (TimeTick tick : ticks) {
            widest = Math.max(widest, metrics.width(tick.label(), s.font()));
        }
        return f.x(ticks.get(1).position()) - f.x(ticks.get(0).position()) >= widest + LABEL_GAP;
    }

    /**
     * Tick marks and labels under the plot. A label that would leave the canvas or touch the one before it is
     * left out, so none is clipped or overlaps.
     */
    static void timeLabels(GraphicsContext gc, PlotFrame f, List<TimeTick> ticks, double canvasWidth, ChartStyle s,
                           TextMetrics metrics) {
        Font font = s.font();
        gc.setFont(font);
        gc.setFill(s.muted());
        gc.setStroke(s.axis());
        gc.setLineWidth(1);
        gc.setTextBaseline(VPos.TOP);
        gc.setTextAlign(TextAlignment.CENTER);
        double bottom = PlotFrame.crisp(f.bottom());
        double lastEnd = Double.NEGATIVE_INFINITY;
        for (TimeTick tick : ticks) {
            double x = PlotFrame.crisp(f.x(tick.position()));
            if (x < f.left() - 0.5 || x > f.right() + 0.5) {
                continue;
            }
            gc.strokeLine(x, bottom, x, bottom + TICK);
            double half = metrics.width(tick.label(), font) / 2;
            if (x - half >= 1 && x + half <= canvasWidth - 1 && x - half >= lastEnd + LABEL_GAP) {
                gc.fillText(tick.label(), x, bottom + TICK + 1);
                lastEnd = x + half;
            }
        }
    }

    /** The cursor: a crisp vertical line through the centre of its step's slot. */
    static void cursor(GraphicsContext gc, PlotFrame f, int step, ChartStyle s) {
        if (step < f.from() || step >= f.to()) {
            return;
        }
        double x = PlotFrame.crisp(f.x(step));
        gc.setStroke(s.cursor());
        gc.setLineWidth(1);
        gc.strokeLine(x, f.top(), x, f.bottom());
    }
}
