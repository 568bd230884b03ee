package io.carbonrouter.explorer.ui.chart.skin;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Where the sweep's "best" callout puts its words: beside its point, off labels and off other points' dots. */
class ScatterCalloutTest {

    private static final ScatterGeometry G = new ScatterGeometry(40, 10, 600, 400, NiceScale.covering(0, 1, 5),
            NiceScale.covering(0, 1, 5));
    private static final double X = 300;
    private static final double Y = 200;
    private static final double W = 120;
    private static final double H = 30;
    private static final double R = 7;

    @Test
    void givenNothingNearbyThenTheWordsGoRightOfThePoint() {
        Bounds spot = ScatterPainter.spot(X, Y, W, H, R, G, List.of(), List.of());

        assertEquals(X + R, spot.getMinX());
        assertEquals(Y - H / 2, spot.getMinY());
    }

    @Test
    void givenADotOfAnotherStrategyRightOfThePointThenTheWordsAvoidIt() {
        Bounds dot = new BoundingBox(X + 40, Y - 4, 8, 8);

        Bounds spot = ScatterPainter.spot(X, Y, W, H, R, G, List.of(), List.of(dot));

        assertFalse(spot.intersects(dot), "the callout's words cover another strategy's dot: " + spot);
    }

    @Test
    void givenDotsAllAroundThenTheWordsCrossAsFewAsTheyCan() {
        // Dots left, right, above and below, and one more on the first stacked place above-right.
        List<Bounds> dots = List.of(new BoundingBox(X + 40, Y - 4, 8, 8), new BoundingBox(X - 60, Y - 4, 8, 8),
                new BoundingBox(X - 4, Y - 30, 8, 8), new BoundingBox(X - 4, Y + 20, 8, 8),
                new BoundingBox(X + 40, Y - R - H + 4, 8, 8));

        Bounds spot = ScatterPainter.spot(X, Y, W, H, R, G, List.of(), dots);

        assertEquals(0, dots.stream().filter(spot::intersects).count(), "a free place exists further out: " + spot);
    }
}
