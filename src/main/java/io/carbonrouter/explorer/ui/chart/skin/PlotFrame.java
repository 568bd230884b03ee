package io.carbonrouter.explorer.ui.chart.skin;

/**
 * Where the plot sits on the canvas and which steps it shows: step {@code i} is drawn at the centre of its slot,
 * so the window {@code from..to} covers the slot positions {@code from - 0.5 .. to - 0.5}. When there are more
 * steps than pixel columns, each column shows a {@link Decimator} bucket at its pixel centre.
 */
public record PlotFrame(double left, double top, double width, double height, int from, int to) {

    double right() {
        return left + width;
    }

    public double bottom() {
        return top + height;
    }

    public int span() {
        return to - from;
    }

    double pxPerStep() {
        return width / Math.max(1, span());
    }

    /** The x of a slot position (a step, or a fraction of one). */
    public double x(double position) {
        return left + (position - from + 0.5) * pxPerStep();
    }

    /** The slot position at {@code x}: the inverse of {@link #x}. */
    double position(double x) {
        return (x - left) / pxPerStep() + from - 0.5;
    }

    /** The visible step whose slot holds {@code x}. */
    int stepAt(double x) {
        int step = (int) Math.floor((x - left) / pxPerStep() + from);
        return Math.max(from, Math.min(to - 1, step));
    }

    public int columns() {
        return Math.max(1, (int) width);
    }

    /** Whether the steps outnumber the pixel columns, so drawing goes through the {@link Decimator}. */
    boolean decimated() {
        return span() > columns();
    }

    /** The pixel centre of a column. */
    double columnX(int column) {
        return left + column + 0.5;
    }

    /** The column that holds {@code x}. */
    int columnAt(double x) {
        return Math.max(0, Math.min(columns() - 1, (int) Math.floor(x - left)));
    }

    /** The steps {@code [start, end)} that the column holding {@code x} stands for (one step when not decimated). */
    int[] stepsAt(double x) {
        if (!decimated()) {
            int step = stepAt(x);
            return new int[] {step, step + 1};
        }
        int column = columnAt(x);
        return new int[] {Decimator.columnStart(from, to, columns(), column),
            Decimator.columnStart(from, to, columns(), column + 1)};
    }

    boolean contains(double x, double y) {
        return x >= left && x <= right() && y >= top && y <= bottom();
    }

    /** A coordinate moved to the nearest pixel centre, so a 1px line covers one pixel row or column. */
    static double crisp(double coordinate) {
        return Math.floor(coordinate) + 0.5;
    }
}
