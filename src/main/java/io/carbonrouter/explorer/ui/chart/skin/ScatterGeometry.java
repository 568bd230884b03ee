package io.carbonrouter.explorer.ui.chart.skin;

/** Where a scatter plot's frame sits on the canvas and the scales of its two axes. */
record ScatterGeometry(double left, double top, double width, double height, NiceScale x, NiceScale y) {

    double right() {
        return left + width;
    }

    double bottom() {
        return top + height;
    }

    double px(double value) {
        return left + width * (value - x.min()) / (x.max() - x.min());
    }

    double py(double value) {
        return y.y(value, top, height);
    }

    boolean contains(double cx, double cy) {
        return cx >= left && cx <= right() && cy >= top && cy <= bottom();
    }
}
