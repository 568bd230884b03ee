package io.carbonrouter.explorer.ui.results;

import io.carbonrouter.explorer.ui.run.RunChart;
import javafx.scene.Node;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;

import java.util.List;

/**
 * Lays the result charts out on the results grid's two columns from their declared {@link RunChart.Place}: wide
 * charts a row each across the top, then each column stacked from the top in declaration order; the last chart
 * of the shorter column stretches down to the longer one's bottom, so no cell stays empty.
 */
final class ChartGrid {

    /** A wide chart's row is this much taller than a half-width chart's, as it has more series to tell apart. */
    private static final double WIDE_ROW_WEIGHT = 1.2;

    private ChartGrid() {
    }

    static void layOut(GridPane grid, List<RunChart> charts, List<? extends Node> nodes) {
        int wide = (int) charts.stream().filter(c -> c.place() == RunChart.Place.WIDE).count();
        int left = (int) charts.stream().filter(c -> c.place() == RunChart.Place.LEFT).count();
        int right = (int) charts.stream().filter(c -> c.place() == RunChart.Place.RIGHT).count();
        int rows = Math.max(left, right);
        int[] next = {wide, wide};
        int row = 0;
        for (int i = 0; i < charts.size(); i++) {
            RunChart.Place place = charts.get(i).place();
            if (place == RunChart.Place.WIDE) {
                grid.add(nodes.get(i), 0, row++, 2, 1);
                continue;
            }
            int column = place == RunChart.Place.LEFT ? 0 : 1;
            int inColumn = column == 0 ? left : right;
            boolean last = next[column] - wide == inColumn - 1;
            int span = last ? wide + rows - next[column] : 1;
            grid.add(nodes.get(i), column, next[column], 1, span);
            next[column] += span;
        }
        double total = wide * WIDE_ROW_WEIGHT + rows;
        grid.getRowConstraints().clear();
        for (int r = 0; r < wide + rows; r++) {
            RowConstraints c = new RowConstraints();
            c.setPercentHeight(100 * (r < wide ? WIDE_ROW_WEIGHT : 1) / total);
            c.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(c);
        }
    }
}
