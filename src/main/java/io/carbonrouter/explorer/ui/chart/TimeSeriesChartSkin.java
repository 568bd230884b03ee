package io.carbonrouter.explorer.ui.chart;

import javafx.beans.Observable;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.SkinBase;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Paints a {@link TimeSeriesChart} on two canvases and turns mouse gestures into cursor, zoom and hover. */
final class TimeSeriesChartSkin extends SkinBase<TimeSeriesChart> implements PlotGestures.Target {

    private final PlotCanvases canvases;
    private final ChartPainter painter = new ChartPainter();
    private final TextMetrics metrics = new TextMetrics();
    private final PlotGestures gestures;
    private ChartGeometry geometry;
    private double mouseX = Double.NaN;
    private double mouseY = Double.NaN;
    private Hover hover;

    TimeSeriesChartSkin(TimeSeriesChart chart) {
        super(chart);
        canvases = new PlotCanvases(chart);
        getChildren().addAll(canvases.picture(), canvases.overlay());
        List<Observable> pictureInputs = new ArrayList<>(chart.styleDependencies());
        pictureInputs.addAll(List.of(chart.dataProperty(), chart.ghostDataProperty(), chart.ghostLabelProperty()));
        pictureInputs.forEach(o -> registerInvalidationListener(o, x -> canvases.invalidatePicture()));
        registerInvalidationListener(chart.cursorStepProperty(), x -> canvases.invalidateOverlay());
        gestures = new PlotGestures(chart, canvases.picture(), this);
    }

    @Override
    public void dispose() {
        gestures.dispose();
        super.dispose();
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        canvases.layout(x, y, w, h, this::paintPicture, this::paintOverlay);
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return 480 + left + right;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return 220 + top + bottom;
    }

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return 160 + left + right;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return 100 + top + bottom;
    }

    /** The geometry of the last paint, for tests that click on a step. */
    Optional<ChartGeometry> geometry() {
        return Optional.ofNullable(geometry);
    }

    @Override
    public Optional<PlotFrame> frame() {
        return geometry().map(ChartGeometry::frame);
    }

    @Override
    public int steps() {
        return getSkinnable().getData().steps();
    }

    @Override
    public void press(double x, double y, PlotFrame f) {
        getSkinnable().setCursorStep(f.stepAt(x));
    }

    @Override
    public void drag(double x, double y, PlotFrame f) {
        getSkinnable().setCursorStep(f.stepAt(x));
    }

    @Override
    public void release(double x, double y, PlotFrame f) {
        getSkinnable().setCursorStep(f.stepAt(x));
    }

    @Override
    public void hover(double x, double y) {
        mouseX = x;
        mouseY = y;
        updateHover();
        canvases.invalidateOverlay();
    }

    private void paintPicture(Canvas canvas, double w, double h) {
        TimeSeriesChart chart = getSkinnable();
        ChartData data = chart.getData();
        String ghostLabel = Objects.requireNonNullElse(chart.ghostLabelProperty().get(), "");
        ChartModel model = new ChartModel(chart.getTitle(), data, Optional.ofNullable(chart.ghostDataProperty().get()),
                ghostLabel, chart.getTimeLabels(), chart.window(data.steps()), chart.leftGutterProperty().get(),
                chart.rightGutterProperty().get());
        geometry = painter.paint(canvas.getGraphicsContext2D(), w, h, model, chart.chartStyle());
        updateHover();
    }

    private void paintOverlay(Canvas canvas, double w, double h) {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, w, h);
        if (geometry == null) {
            return;
        }
        ChartStyle style = getSkinnable().chartStyle();
        AxisPainter.cursor(gc, geometry.frame(), getSkinnable().getCursorStep(), style);
        if (hover != null) {
            HoverPainter.paint(gc, w, h, geometry.frame(), hover, style, metrics);
        }
    }

    /** Recomputes the hover from the last mouse position, as the data under a still mouse may have changed. */
    private void updateHover() {
        ChartData data = getSkinnable().getData();
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
            if (s.style() == SeriesStyle.STACKED_AREA) {
                markAt = stackTops.merge(s.axis(), Double.isFinite(v) ? v : 0, Double::sum);
            }
            String unit = s.axis() == AxisSide.LEFT ? data.leftUnit() : data.rightUnit();
            double markerY = Double.isFinite(v) ? geometry.y(s.axis(), markAt) : Double.NaN;
            rows.add(new Hover.Row(s.color(), s.name(), v, unit, markerY));
        }
        hover = new Hover(mouseX, mouseY, step, getSkinnable().getTimeLabels().label(step), rows);
        getSkinnable().setHoverText(hover.text());
    }
}
