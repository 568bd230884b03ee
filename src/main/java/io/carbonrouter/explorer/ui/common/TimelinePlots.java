package io.carbonrouter.explorer.ui.common;

import io.carbonrouter.explorer.ui.chart.CurveEditor;
import io.carbonrouter.explorer.ui.chart.TimePlotControl;
import io.carbonrouter.explorer.ui.chart.TimeSeriesChart;
import io.carbonrouter.explorer.ui.model.Timeline;
import javafx.beans.binding.Bindings;

/**
 * The one place plots are attached to the {@link Timeline}: every plot takes its time labels and the shared
 * gutters (so plots stacked on one axis line up step for step); a chart shows the timeline's cursor and zoom
 * window and asks the timeline to move them; the curve editor goes through the timeline's step-to-point mapping,
 * labels slots and marks where a repeating curve repeats.
 */
public final class TimelinePlots {

    private TimelinePlots() {
    }

    /** A chart of the run's steps: cursor, zoom window and time labels are the timeline's. */
    public static void attach(TimeSeriesChart chart, Timeline timeline) {
        axis(chart, timeline);
        chart.share(timeline);
    }

    /**
     * The curve editor shows the curve's points, the charts the run's steps; with Repeat (or ticks within slots) a
     * run is longer than its curve, so the editor marks the point the cursor's step reads, a click there moves the
     * cursor to it, and the editor keeps a zoom of its own unless the curve has one point a step.
     *
     * @param cursorMoved told after the editor followed the cursor into another slot
     */
    public static void attach(CurveEditor editor, Timeline timeline, Runnable cursorMoved) {
        gutters(editor);
        editor.timeLabelsProperty().bind(timeline.slotLabelsProperty());
        Runnable toEditor = () -> editor.setCursorStep(timeline.curvePoint(timeline.cursor(), points(editor)));
        timeline.cursorProperty().addListener((obs, old, now) -> toEditor.run());
        timeline.cursorSlotProperty().addListener((obs, old, now) -> {
            toEditor.run();
            cursorMoved.run();
        });
        editor.valuesProperty().addListener((obs, old, now) -> toEditor.run());
        editor.setOnPick(point -> timeline.pickPoint(point, points(editor)));
        toEditor.run();
        Runnable zoom = () -> {
            if (timeline.onAxis(points(editor))) {
                editor.shareZoom(timeline);
            } else {
                editor.ownZoom();
            }
        };
        editor.valuesProperty().addListener((obs, old, now) -> {
            if (old == null || now == null || old.length != now.length) {
                zoom.run();
            }
        });
        timeline.stepsProperty().addListener((obs, old, now) -> zoom.run());
        zoom.run();
        editor.repeatsProperty().bind(Bindings.createIntegerBinding(() -> timeline.repeatsOf(points(editor)),
                timeline.stepsProperty(), editor.valuesProperty()));
    }

    private static void axis(TimePlotControl plot, Timeline timeline) {
        gutters(plot);
        plot.timeLabelsProperty().bind(timeline.timeLabelsProperty());
    }

    private static void gutters(TimePlotControl plot) {
        plot.leftGutterProperty().set(ChartGutter.WIDTH);
        plot.rightGutterProperty().set(ChartGutter.WIDTH);
    }

    private static int points(CurveEditor editor) {
        double[] values = editor.getValues();
        return values == null ? 0 : values.length;
    }
}
