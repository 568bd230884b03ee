package io.carbonrouter.explorer.ui.chart.skin;

import io.carbonrouter.explorer.ui.chart.ChartStyle;
import io.carbonrouter.explorer.ui.chart.ScatterData;
import io.carbonrouter.explorer.ui.chart.ScatterPlot;
import io.carbonrouter.explorer.ui.chart.ScatterPoint;
import io.carbonrouter.explorer.ui.chart.ScatterSeries;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Paints a {@link ScatterPlot} on the plots' two canvases ({@link CanvasSkin}) with their hover box
 * ({@link HoverPainter}); hit-tests the mouse in code, as points are not nodes.
 */
public final class ScatterPlotSkin extends CanvasSkin<ScatterPlot> {

    /** How near (in pixels) the mouse must come to a point to hover or click it. */
    private static final double REACH = 9;

    private final ScatterPainter painter = new ScatterPainter();
    private ScatterGeometry geometry;
    private ScatterPlot.Hit hover;
    private double mouseX;
    private double mouseY;

    public ScatterPlotSkin(ScatterPlot plot) {
        super(plot, List.of(plot.placeholderProperty()), new Sizes(420, 300, 200, 140));
        registerInvalidationListener(plot.dataProperty(), x -> {
            hover = null;
            plot.setHoverText("");
            canvases.invalidatePicture();
        });
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

    @Override
    protected void paintPicture(Canvas canvas, double w, double h) {
        ScatterPlot plot = getSkinnable();
        geometry = painter.paint(canvas.getGraphicsContext2D(), w, h, plot.getTitle(), plot.getData(),
                Objects.requireNonNullElse(plot.placeholderProperty().get(), ""), plot.chartStyle());
    }

    private void hover(double x, double y) {
        mouseX = x;
        mouseY = y;
        hover = nearest(x, y).orElse(null);
        getSkinnable().setHoverText(hover == null ? "" : text(hover));
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

    /** The hover box's heading: the point's label, or its series' name for a point without one. */
    private String heading(ScatterPlot.Hit hit) {
        ScatterPoint p = point(hit);
        return p.label().isEmpty() ? getSkinnable().getData().series().get(hit.series()).name() : p.label();
    }

    /** The hover text: the heading, then the box's lines, joined by " · ". */
    private String text(ScatterPlot.Hit hit) {
        StringBuilder text = new StringBuilder(heading(hit));
        for (HoverPainter.Line l : boxLines(hit)) {
            text.append(" · ").append(l.name()).append(l.value().isEmpty() ? "" : " " + l.value());
        }
        return text.toString();
    }

    @Override
    protected void paintOverlay(Canvas canvas, double w, double h) {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, w, h);
        ScatterPlot plot = getSkinnable();
        if (geometry == null) {
            return;
        }
        ChartStyle style = plot.chartStyle();
        ScatterPlot.Hit chosen = plot.selectedProperty().get();
        if (chosen != null && valid(chosen)) {
            ring(gc, chosen, style.text(), 2);
        }
        if (hover != null && valid(hover)) {
            ring(gc, hover, style.text().deriveColor(0, 1, 1, 0.6), 1.5);
            Color swatch = style.color(plot.getData().series().get(hover.series()).color());
            HoverPainter.box(gc, w, h, mouseX, mouseY, heading(hover), swatch, boxLines(hover), style, metrics);
        }
    }

    /** The box under the heading: the series when the label is not its name, then both values. */
    private List<HoverPainter.Line> boxLines(ScatterPlot.Hit hit) {
        ScatterData d = getSkinnable().getData();
        ScatterSeries series = d.series().get(hit.series());
        ScatterPoint p = point(hit);
        List<HoverPainter.Line> out = new ArrayList<>();
        if (!p.label().isEmpty() && !p.label().equals(series.name())) {
            out.add(new HoverPainter.Line(null, series.name(), ""));
        }
        String unit = d.unit().isEmpty() ? "" : " " + d.unit();
        out.add(new HoverPainter.Line(null, d.xName(), ValueFormat.format(p.x()) + unit));
        out.add(new HoverPainter.Line(null, d.yName(), ValueFormat.format(p.y()) + unit));
        return out;
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
}
