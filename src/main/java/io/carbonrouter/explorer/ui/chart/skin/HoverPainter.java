package io.carbonrouter.explorer.ui.chart.skin;

import io.carbonrouter.explorer.ui.chart.ChartStyle;
import io.carbonrouter.explorer.ui.chart.ChromeColor;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

import java.util.List;

/**
 * The hover marks over a plot: on a time plot a faint line at the step and a dot on each value; on every plot
 * (the scatter's too) a tooltip-like box: a bold heading, then lines of a name and a right-aligned value.
 */
final class HoverPainter {

    /** One line of the box: a swatch (null for none), a name and a value (empty for none). */
    record Line(Color swatch, String name, String value) {
    }

    private static final double PAD = 6;
    private static final double OFFSET = 14;
    private static final double SWATCH = 8;
    private static final double SWATCH_GAP = 5;
    private static final double VALUE_GAP = 12;

    private HoverPainter() {
    }

    static void paint(GraphicsContext gc, double width, double height, PlotFrame f, Hover hover, ChartStyle s,
                      TextMetrics metrics) {
        double x = PlotFrame.crisp(f.x(hover.step()));
        gc.setStroke(s.color(ChromeColor.HOVER_LINE));
        gc.setLineWidth(1);
        gc.strokeLine(x, f.top(), x, f.bottom());
        for (Hover.Row row : hover.rows()) {
            if (Double.isFinite(row.markerY()) && row.markerY() >= f.top() && row.markerY() <= f.bottom()) {
                gc.setFill(s.color(ChromeColor.POINT_RING));
                gc.fillOval(f.x(hover.step()) - 4.5, row.markerY() - 4.5, 9, 9);
                Color c = row.color();
                gc.setFill(ChartStyle.withOpacity(c, 1));
                gc.fillOval(f.x(hover.step()) - 3, row.markerY() - 3, 6, 6);
            }
        }
        List<Line> lines = hover.rows().stream().map(r -> new Line(r.color(), r.name(), valueText(r))).toList();
        box(gc, width, height, hover.mouseX(), hover.mouseY(), hover.heading(), null, lines, s, metrics);
    }

    /** The box beside the mouse at {@code (mouseX, mouseY)}, kept inside the canvas. */
    static void box(GraphicsContext gc, double width, double height, double mouseX, double mouseY, String heading,
                    Color headingSwatch, List<Line> lines, ChartStyle s, TextMetrics metrics) {
        double line = s.lineHeight();
        double rowsWidth = 0;
        for (Line l : lines) {
            double swatch = l.swatch() == null ? 0 : SWATCH + SWATCH_GAP;
            double value = l.value().isEmpty() ? 0 : VALUE_GAP + metrics.width(l.value(), s.font());
            rowsWidth = Math.max(rowsWidth, swatch + metrics.width(l.name(), s.font()) + value);
        }
        double headingWidth = metrics.width(heading, s.bold()) + (headingSwatch == null ? 0 : SWATCH + 6);
        double w = Math.ceil(Math.max(headingWidth, rowsWidth) + 2 * PAD);
        double h = Math.ceil((lines.size() + 1) * line + PAD);
        double bx = mouseX + OFFSET + w <= width ? mouseX + OFFSET : mouseX - OFFSET - w;
        double by = Math.max(1, Math.min(mouseY + OFFSET, height - h - 1));
        bx = Math.round(Math.max(1, bx)) + 0.5;
        by = Math.round(by) + 0.5;
        gc.setFill(s.color(ChromeColor.HOVER_FILL));
        gc.fillRoundRect(bx, by, w, h, 6, 6);
        gc.setStroke(s.color(ChromeColor.HOVER_BORDER));
        gc.setLineWidth(s.hoverBorderWidth());
        gc.strokeRoundRect(bx, by, w, h, 6, 6);
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        double y = by + PAD / 2 + line / 2;
        double headingX = bx + PAD;
        if (headingSwatch != null) {
            swatch(gc, headingX, y, headingSwatch);
            headingX += SWATCH + 6;
        }
        gc.setFont(s.bold());
        gc.setFill(s.text());
        gc.fillText(heading, headingX, y);
        gc.setFont(s.font());
        for (Line l : lines) {
            y += line;
            double nameX = bx + PAD;
            if (l.swatch() != null) {
                swatch(gc, nameX, y, l.swatch());
                nameX += SWATCH + SWATCH_GAP;
            }
            gc.setFill(s.text());
            gc.setTextAlign(TextAlignment.LEFT);
            gc.fillText(l.name(), nameX, y);
            gc.setTextAlign(TextAlignment.RIGHT);
            gc.fillText(l.value(), bx + w - PAD, y);
        }
    }

    private static void swatch(GraphicsContext gc, double x, double y, Color color) {
        gc.setFill(color);
        gc.fillRect(Math.round(x), Math.round(y - SWATCH / 2), SWATCH, SWATCH);
    }

    private static String valueText(Hover.Row row) {
        String value = ValueFormat.format(row.value());
        return row.unit().isEmpty() || !Double.isFinite(row.value()) ? value : value + " " + row.unit();
    }
}
