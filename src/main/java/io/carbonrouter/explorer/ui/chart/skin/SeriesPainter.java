package io.carbonrouter.explorer.ui.chart.skin;

import javafx.scene.canvas.GraphicsContext;

/**
 * What the series renderers share: the line width, the dashes, the y of a value and the polyline. Each renderer
 * draws every step while the steps fit in the pixels, else one decimated value or min/max envelope per pixel
 * column, so the cost follows the width, not the length of the run.
 */
final class SeriesPainter {

    static final double LINE_WIDTH = 1.6;
    static final double[] DASHES = {6, 4};

    private SeriesPainter() {
    }

    /** A y kept a little outside the plot, so huge values clip cleanly instead of overflowing the path. */
    static double y(NiceScale scale, PlotFrame f, double value) {
        double y = scale.y(value, f.top(), f.height());
        return Math.max(f.top() - 10, Math.min(f.bottom() + 10, y));
    }

    /** Strokes connected points; a lone point between gaps becomes a dot so it does not vanish. */
    static final class Polyline {
        private final GraphicsContext gc;
        private int points;
        private double firstX;
        private double firstY;

        Polyline(GraphicsContext gc) {
            this.gc = gc;
        }

        void to(double x, double y) {
            if (points == 0) {
                gc.beginPath();
                gc.moveTo(x, y);
                firstX = x;
                firstY = y;
            } else {
                gc.lineTo(x, y);
            }
            points++;
        }

        void end() {
            if (points == 1) {
                gc.fillOval(firstX - LINE_WIDTH, firstY - LINE_WIDTH, 2 * LINE_WIDTH, 2 * LINE_WIDTH);
            } else if (points > 1) {
                gc.stroke();
            }
            points = 0;
        }
    }
}
