package io.carbonrouter.explorer.ui.chart.skin;

import io.carbonrouter.explorer.ui.chart.ChartStyle;
import io.carbonrouter.explorer.ui.chart.ScatterData;
import io.carbonrouter.explorer.ui.chart.ScatterPlot;
import io.carbonrouter.explorer.ui.chart.ScatterPoint;
import io.carbonrouter.explorer.ui.chart.ScatterSeries;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.SkinBase;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Paints a {@link ScatterPlot} on two canvases; hit-tests the mouse in code, as points are not nodes. */
public final class ScatterPlotSkin extends SkinBase<ScatterPlot> {

    /** How near (in pixels) the mouse must come to a point to hover or click it. */
    private static final double REACH = 9;
    private static final double PAD = 6;
    private static final Color BOX_FILL = Color.rgb(255, 255, 255, 0.95);
    private static final Color BOX_BORDER = Color.web("#b8b8b8");

    private final PlotCanvases canvases;
    private final ScatterPainter painter = new ScatterPainter();
    private final TextMetrics metrics = new TextMetrics();
    private ScatterGeometry geometry;
    private ScatterPlot.Hit hover;
    private double mouseX;
    private double mouseY;

    public ScatterPlotSkin(ScatterPlot plot) {
        super(plot);
        canvases = new PlotCanvases(plot);
        getChildren().addAll(canvases.picture(), canvases.overlay());
        registerInvalidationListener(plot.dataProperty(), x -> {
            hover = null;
            plot.setHoverText("");
            canvases.invalidatePicture();
        });
        registerInvalidationListener(plot.fontSizeObservable(), x -> canvases.invalidatePicture());
        registerInvalidationListener(plot.placeholderProperty(), x -> canvases.invalidatePicture());
        registerInvalidationListener(plot.selectedProperty(), x -> canvases.invalidateOverlay());
        Canvas picture = canvases.picture();
        picture.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e.getX(), e.getY()));
        picture.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover(Double.NaN, Double.NaN));
        picture.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
                nearest(e.getX(), e.getY()).ifPresent(plot::click);
            }
        });
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        canvases.layout(x, y, w, h, this::paintPicture, this::paintOverlay);
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return 420 + left + right;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return 300 + top + bottom;
    }

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return 200 + left + right;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return 140 + top + bottom;
    }

    /** Where a point is drawn, in the plot's coordinates; empty before the first paint. */
    public Optional<Point2D> positionOf(ScatterPlot.Hit hit) {
        if (geometry == null || !valid(hit)) {
            return Optional.empty();
        }
        ScatterPoint p = point(hit);
        return Optional.of(new Point2D(geometry.px(p.x()) + canvases.picture().getLayoutX(),
                geometry.py(p.y()) + canvases.picture().getLayoutY()));
    }

    private ScatterPoint point(ScatterPlot.Hit hit) {
        return getSkinnable().getData().series().get(hit.series()).points().get(hit.index());
    }

    private void paintPicture(Canvas canvas, double w, double h) {
        ScatterPlot plot = getSkinnable();
        geometry = painter.paint(canvas.getGraphicsContext2D(), w, h, plot.getTitle(), plot.getData(),
                Objects.requireNonNullElse(plot.placeholderProperty().get(), ""), plot.chartStyle());
    }

    private void hover(double x, double y) {
        mouseX = x;
        mouseY = y;
        hover = nearest(x, y).orElse(null);
        getSkinnable().setHoverText(hover == null ? "" : String.join(" · ", lines(hover)));
        canvases.invalidateOverlay();
    }

    /** The point nearest to the mouse within reach; later series win ties, as they are drawn on top. */
    private Optional<ScatterPlot.Hit> nearest(double x, double y) {
        if (geometry == null || !Double.isFinite(x) || !geometry.contains(x, y)) {
            return Optional.empty();
        }
        ScatterPlot.Hit best = null;
        double bestDistance = REACH * REACH;
        List<ScatterSeries> series = getSkinnable().getData().series();
        for (int s = 0; s < series.size(); s++) {
            List<ScatterPoint> points = series.get(s).points();
            for (int i = 0; i < points.size(); i++) {
                double dx = geometry.px(points.get(i).x()) - x;
                double dy = geometry.py(points.get(i).y()) - y;
                double d = dx * dx + dy * dy;
                if (d <= bestDistance) {
                    bestDistance = d;
                    best = new ScatterPlot.Hit(s, i);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The hover box's lines: the point's label, its series when that says more, and both values. */
    private List<String> lines(ScatterPlot.Hit hit) {
        ScatterData d = getSkinnable().getData();
        ScatterSeries series = d.series().get(hit.series());
        ScatterPoint p = point(hit);
        List<String> out = new ArrayList<>();
        out.add(p.label().isEmpty() ? series.name() : p.label());
        if (!p.label().isEmpty() && !p.label().equals(series.name())) {
            out.add(series.name());
        }
        String unit = d.unit().isEmpty() ? "" : " " + d.unit();
        out.add(d.xName() + " " + ValueFormat.format(p.x()) + unit);
        out.add(d.yName() + " " + ValueFormat.format(p.y()) + unit);
        return out;
    }

    private void paintOverlay(Canvas canvas, double w, double h) {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, w, h);
        ScatterPlot plot = getSkinnable();
        if (geometry == null) {
            return;
        }
        ScatterPlot.Hit chosen = plot.selectedProperty().get();
        if (chosen != null && valid(chosen)) {
            ring(gc, chosen, Color.web("#0f172a"), 2);
        }
        if (hover != null && valid(hover)) {
            ring(gc, hover, Color.web("#0f172a", 0.6), 1.5);
            box(gc, w, h, lines(hover), plot.getData().series().get(hover.series()).color(), plot.chartStyle());
        }
    }

    private boolean valid(ScatterPlot.Hit hit) {
        List<ScatterSeries> series = getSkinnable().getData().series();
        return hit.series() < series.size() && hit.index() < series.get(hit.series()).points().size();
    }

    private void ring(GraphicsContext gc, ScatterPlot.Hit hit, Color color, double width) {
        ScatterPoint p = point(hit);
        double r = ScatterPainter.radius(getSkinnable().getData()) + 3;
        gc.setStroke(color);
        gc.setLineWidth(width);
        gc.strokeOval(geometry.px(p.x()) - r, geometry.py(p.y()) - r, 2 * r, 2 * r);
    }

    private void box(GraphicsContext gc, double width, double height, List<String> lines, Color swatch,
                     ChartStyle s) {
        double line = s.lineHeight();
        double textWidth = metrics.width(lines.get(0), s.bold()) + 14;
        for (String l : lines.subList(1, lines.size())) {
            textWidth = Math.max(textWidth, metrics.width(l, s.font()));
        }
        double bw = Math.ceil(textWidth + 2 * PAD);
        double bh = Math.ceil(lines.size() * line + PAD);
        double bx = mouseX + 14 + bw <= width ? mouseX + 14 : mouseX - 14 - bw;
        double by = Math.max(1, Math.min(mouseY + 14, height - bh - 1));
        bx = Math.round(Math.max(1, bx)) + 0.5;
        by = Math.round(by) + 0.5;
        gc.setFill(BOX_FILL);
        gc.fillRoundRect(bx, by, bw, bh, 6, 6);
        gc.setStroke(BOX_BORDER);
        gc.setLineWidth(1);
        gc.strokeRoundRect(bx, by, bw, bh, 6, 6);
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        double y = by + PAD / 2 + line / 2;
        gc.setFill(swatch);
        gc.fillRect(Math.round(bx + PAD), Math.round(y - 4), 8, 8);
        gc.setFont(s.bold());
        gc.setFill(s.text());
        gc.fillText(lines.get(0), bx + PAD + 14, y);
        gc.setFont(s.font());
        for (String l : lines.subList(1, lines.size())) {
            y += line;
            gc.fillText(l, bx + PAD, y);
        }
    }
}
