package io.carbonrouter.explorer.ui.chart.skin;

import io.carbonrouter.explorer.ui.chart.ChartStyle;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/** The hover marks over a plot: a faint line at the step, a dot on each value and a tooltip-like box of values. */
final class HoverPainter {

    private static final double PAD = 6;
    private static final double OFFSET = 14;
    private static final double SWATCH = 8;
    private static final Color BOX_FILL = Color.rgb(255, 255, 255, 0.94);
    private static final Color BOX_BORDER = Color.web("#b8b8b8");
    private static final Color STEP_LINE = Color.rgb(0, 0, 0, 0.22);

    private HoverPainter() {
    }

    static void paint(GraphicsContext gc, double width, double height, PlotFrame f, Hover hover, ChartStyle s,
                      TextMetrics metrics) {
        double x = PlotFrame.crisp(f.x(hover.step()));
        gc.setStroke(STEP_LINE);
        gc.setLineWidth(1);
        gc.strokeLine(x, f.top(), x, f.bottom());
        for (Hover.Row row : hover.rows()) {
            if (Double.isFinite(row.markerY()) && row.markerY() >= f.top() && row.markerY() <= f.bottom()) {
                gc.setFill(Color.WHITE);
                gc.fillOval(f.x(hover.step()) - 4.5, row.markerY() - 4.5, 9, 9);
                Color c = row.color();
                gc.setFill(Color.color(c.getRed(), c.getGreen(), c.getBlue()));
                gc.fillOval(f.x(hover.step()) - 3, row.markerY() - 3, 6, 6);
            }
        }
        box(gc, width, height, hover, s, metrics);
    }

    private static void box(GraphicsContext gc, double width, double height, Hover hover, ChartStyle s,
                            TextMetrics metrics) {
        double line = s.lineHeight();
        double nameWidth = 0;
        double valueWidth = 0;
        for (Hover.Row row : hover.rows()) {
            nameWidth = Math.max(nameWidth, metrics.width(row.name(), s.font()));
            valueWidth = Math.max(valueWidth, metrics.width(valueText(row), s.font()));
        }
        double rowsWidth = hover.rows().isEmpty() ? 0 : SWATCH + 5 + nameWidth + 12 + valueWidth;
        double w = Math.ceil(Math.max(metrics.width(hover.heading(), s.bold()), rowsWidth) + 2 * PAD);
        double h = Math.ceil((hover.rows().size() + 1) * line + PAD);
        double bx = hover.mouseX() + OFFSET + w <= width ? hover.mouseX() + OFFSET : hover.mouseX() - OFFSET - w;
        double by = Math.max(1, Math.min(hover.mouseY() + OFFSET, height - h - 1));
        bx = Math.round(Math.max(1, bx)) + 0.5;
        by = Math.round(by) + 0.5;
        gc.setFill(BOX_FILL);
        gc.fillRoundRect(bx, by, w, h, 6, 6);
        gc.setStroke(BOX_BORDER);
        gc.strokeRoundRect(bx, by, w, h, 6, 6);
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setFont(s.bold());
        gc.setFill(s.text());
        double y = by + PAD / 2 + line / 2;
        gc.fillText(hover.heading(), bx + PAD, y);
        gc.setFont(s.font());
        for (Hover.Row row : hover.rows()) {
            y += line;
            gc.setFill(row.color());
            gc.fillRect(Math.round(bx + PAD), Math.round(y - SWATCH / 2), SWATCH, SWATCH);
            gc.setFill(s.text());
            gc.setTextAlign(TextAlignment.LEFT);
            gc.fillText(row.name(), bx + PAD + SWATCH + 5, y);
            gc.setTextAlign(TextAlignment.RIGHT);
            gc.fillText(valueText(row), bx + w - PAD, y);
        }
    }

    private static String valueText(Hover.Row row) {
        String value = ValueFormat.format(row.value());
        return row.unit().isEmpty() || !Double.isFinite(row.value()) ? value : value + " " + row.unit();
    }
}
