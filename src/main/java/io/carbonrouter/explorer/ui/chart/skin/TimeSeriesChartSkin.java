package io.carbonrouter.explorer.ui.chart.skin;

import io.carbonrouter.explorer.ui.chart.AxisSide;
import io.carbonrouter.explorer.ui.chart.ChartData;
import io.carbonrouter.explorer.ui.chart.ChartSeries;
import io.carbonrouter.explorer.ui.chart.ChartStyle;
import io.carbonrouter.explorer.ui.chart.ChromeColor;
import io.carbonrouter.explorer.ui.chart.TimeSeriesChart;
import javafx.scene.canvas.Canvas;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Paints a {@link TimeSeriesChart} on two canvases and turns mouse gestures into cursor, zoom and hover. */
public final class TimeSeriesChartSkin extends PlotSkin<TimeSeriesChart> {

    private final ChartPainter painter = new ChartPainter();
    private double mouseX = Double.NaN;
    private double mouseY = Double.NaN;

    public TimeSeriesChartSkin(TimeSeriesChart chart) {
        super(chart, List.of(chart.dataProperty(), chart.ghostDataProperty(), chart.ghostLabelProperty(),
                chart.measuredDataProperty(), chart.measuredLabelProperty()), 220);
    }

    @Override
    public int steps() {
        return getSkinnable().getData().steps();
    }

    @Override
    public void press(double x, double y, PlotFrame f) {
        getSkinnable().pick(f.stepAt(x));
    }

    @Override
    public void drag(double x, double y, PlotFrame f) {
        getSkinnable().pick(f.stepAt(x));
    }

    @Override
    public void release(double x, double y, PlotFrame f) {
        getSkinnable().pick(f.stepAt(x));
    }

    @Override
    public void hover(double x, double y) {
        mouseX = x;
        mouseY = y;
        updateHover();
        canvases.invalidateOverlay();
    }

    @Override
    protected void paintPicture(Canvas canvas, double w, double h) {
        TimeSeriesChart chart = getSkinnable();
        ChartData data = chart.getData();
        ChartModel model = new ChartModel(chart.getTitle(), data, overlays(chart), chart.getTimeLabels(),
                chart.window(data.steps()), chart.leftGutterProperty().get(), chart.rightGutterProperty().get());
        geometry = painter.paint(canvas.getGraphicsContext2D(), w, h, model, chart.chartStyle());
        updateHover();
    }

    /** The pinned run, then the measured run: whichever the chart has. */
    private static List<Overlay> overlays(TimeSeriesChart chart) {
        List<Overlay> overlays = new ArrayList<>();
        if (chart.ghostDataProperty().get() != null) {
            overlays.add(new Overlay(chart.ghostDataProperty().get(),
                    Objects.requireNonNullElse(chart.ghostLabelProperty().get(), ""), GhostRenderer.PINNED,
                    ChromeColor.GHOST_LEGEND, true));
        }
        if (chart.measuredDataProperty().get() != null) {
            overlays.add(new Overlay(chart.measuredDataProperty().get(),
                    Objects.requireNonNullElse(chart.measuredLabelProperty().get(), ""), GhostRenderer.MEASURED,
                    ChromeColor.MEASURED_LEGEND, false));
        }
        return overlays;
    }

    /** Recomputes the hover from the last mouse position, as the data under a still mouse may have changed. */
    private void updateHover() {
        ChartData data = getSkinnable().getData();
        ChartStyle style = getSkinnable().chartStyle();
        if (geometry == null || data.steps() == 0 || !geometry.frame().contains(mouseX, mouseY)) {
            hover = null;
            getSkinnable().setHoverText("");
            return;
        }
        int step = geometry.frame().stepAt(mouseX);
        Map<AxisSide, Double> stackTops = new EnumMap<>(AxisSide.class);
        List<Hover.Row> rows = new ArrayList<>();
        for (ChartSeries s : data.series()) {
            double v = s.valueAt(step);
            double markAt = v;
            if (s.renderer().stacks()) {
                markAt = stackTops.merge(s.axis(), Double.isFinite(v) ? v : 0, Double::sum);
            }
            String unit = s.axis() == AxisSide.LEFT ? data.leftUnit() : data.rightUnit();
            double markerY = Double.isFinite(v) ? geometry.y(s.axis(), markAt) : Double.NaN;
            rows.add(new Hover.Row(style.color(s.color()), s.name(), v, unit, markerY));
        }
        ChartData measured = getSkinnable().measuredDataProperty().get();
        for (ChartSeries s : measured == null ? List.<ChartSeries>of() : measured.series()) {
            double v = s.valueAt(step);
            String unit = s.axis() == AxisSide.LEFT ? data.leftUnit() : data.rightUnit();
            // A stacked share is read off its own value, not the stack's top: no marker for it.
            double markerY = Double.isFinite(v) && !s.renderer().stacks()
                    ? geometry.y(s.axis(), v) : Double.NaN;
            rows.add(new Hover.Row(GhostRenderer.MEASURED.lineColor(style.color(s.color()), style),
                    "measured " + s.name(), v, unit, markerY));
        }
        hover = new Hover(mouseX, mouseY, step, getSkinnable().getTimeLabels().label(step), rows);
        getSkinnable().setHoverText(hover.text());
    }
}
