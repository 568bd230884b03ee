package io.carbonrouter.explorer.ui.chart.skin;

import io.carbonrouter.explorer.ui.chart.ChartStyle;
import javafx.geometry.BoundingBox;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

import java.util.ArrayList;
import java.util.List;

/** The title at the top left and the legend at the top right, wrapping onto more rows when it does not fit. */
final class HeaderPainter {

    static final double PAD = 6;
    private static final double SWATCH = 14;
    private static final double GAP = 14;

    private HeaderPainter() {
    }

    /** What the header took: the y below it, and where each legend entry went. */
    record Header(double bottom, List<LegendBox> legend) {
    }

    /** Paints the header and returns the y below it and the legend's places. */
    static Header paint(GraphicsContext gc, double width, String title, List<LegendItem> items, ChartStyle s,
                        TextMetrics metrics) {
        double line = s.lineHeight();
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        double titleWidth = 0;
        if (!title.isEmpty()) {
            String shown = fit(title, width - 2 * PAD, s, metrics);
            gc.setFont(s.bold());
            gc.setFill(s.text());
            gc.fillText(shown, PAD, PAD + line / 2);
            titleWidth = metrics.width(shown, s.bold()) + GAP;
        }
        List<List<LegendItem>> rows = rows(width - 2 * PAD, titleWidth, items, s, metrics);
        gc.setFont(s.font());
        double y = PAD + line / 2;
        List<LegendBox> placed = new ArrayList<>();
        for (List<LegendItem> row : rows) {
            double x = width - PAD - rowWidth(row, s, metrics);
            for (LegendItem item : row) {
                swatch(gc, x, y, item);
                gc.setFill(s.text());
                gc.fillText(item.name(), x + SWATCH + 4, y);
                double w = itemWidth(item, s, metrics);
                placed.add(new LegendBox(item.name(), new BoundingBox(x, y - line / 2, w, line)));
                x += w + GAP;
            }
            y += line;
        }
        return new Header(PAD + Math.max(1, rows.size()) * line, List.copyOf(placed));
    }

    /**
     * The title, cut short with an ellipsis when the chart is narrower than it (a 1024 px window's columns), so
     * it ends inside the chart rather than running under the next one.
     */
    static String fit(String title, double room, ChartStyle s, TextMetrics metrics) {
        if (metrics.width(title, s.bold()) <= room) {
            return title;
        }
        int keep = title.length();
        while (keep > 1 && metrics.width(title.substring(0, keep).stripTrailing() + "\u2026", s.bold()) > room) {
            keep--;
        }
        return title.substring(0, keep).stripTrailing() + "\u2026";
    }

    private static List<List<LegendItem>> rows(double width, double titleWidth, List<LegendItem> items,
                                               ChartStyle s, TextMetrics metrics) {
        List<List<LegendItem>> rows = new ArrayList<>();
        List<LegendItem> row = new ArrayList<>();
        double room = width - titleWidth;
        double used = 0;
        for (LegendItem item : items) {
            double w = itemWidth(item, s, metrics);
            double needed = row.isEmpty() ? w : used + GAP + w;
            // A full row wraps; so does the first item when it does not fit beside the title.
            if (needed > room && (!row.isEmpty() || rows.isEmpty() && titleWidth > 0)) {
                rows.add(row);
                row = new ArrayList<>();
                room = width;
                needed = w;
            }
            row.add(item);
            used = needed;
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return rows;
    }

    private static double rowWidth(List<LegendItem> row, ChartStyle s, TextMetrics metrics) {
        double w = -GAP;
        for (LegendItem item : row) {
            w += itemWidth(item, s, metrics) + GAP;
        }
        return w;
    }

    private static double itemWidth(LegendItem item, ChartStyle s, TextMetrics metrics) {
        return SWATCH + 4 + metrics.width(item.name(), s.font());
    }

    private static void swatch(GraphicsContext gc, double x, double y, LegendItem item) {
        gc.setFill(item.color());
        gc.setStroke(item.color());
        switch (item.swatch()) {
            case BLOCK -> gc.fillRect(Math.round(x + 2), Math.round(y - 5), 10, 10);
            case BAND -> {
                gc.fillRect(Math.round(x + 2), Math.round(y - 5), 10, 10);
                gc.setStroke(ChartStyle.withOpacity(item.color(), 0.6));
                gc.setLineWidth(1);
                gc.strokeRect(Math.round(x + 2) + 0.5, Math.round(y - 5) + 0.5, 9, 9);
            }
            case LINE, DASHED -> {
                gc.setLineWidth(2);
                gc.setLineDashes(item.swatch() == LegendItem.Swatch.DASHED ? new double[] {4, 3} : null);
                gc.strokeLine(x, y, x + SWATCH, y);
                gc.setLineDashes(null);
            }
            case REFERENCE -> {
                gc.setLineWidth(1.5);
                gc.setLineDashes(ChartPainter.LINE_DASHES);
                gc.strokeLine(x, y, x + SWATCH, y);
                gc.setLineDashes(null);
            }
        }
    }
}
