package io.carbonrouter.explorer.ui.chart.skin;

import javafx.scene.paint.Color;

import java.util.List;
import java.util.stream.Collectors;

/** What the mouse points at: a step, its time label and a row per series, plus where the mouse is. */
record Hover(double mouseX, double mouseY, int step, String heading, List<Row> rows) {

    /** One series at the hovered step; {@code markerY} is where to mark its value, NaN for nowhere. */
    record Row(Color color, String name, double value, String unit, double markerY) {
    }

    /** The hover text: the time label, then {@code name=value} for each row. */
    String text() {
        return rows.stream().map(r -> r.name() + "=" + ValueFormat.format(r.value()))
                .collect(Collectors.joining("  ", heading + "  ", ""));
    }
}
