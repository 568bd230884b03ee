package io.carbonrouter.explorer.bench;

import io.carbonrouter.explorer.ui.chart.SeriesValues;
import io.carbonrouter.explorer.ui.chart.ChartData;
import io.carbonrouter.explorer.ui.chart.skin.Decimator;
import io.carbonrouter.explorer.ui.chart.DemoData;
import io.carbonrouter.explorer.ui.chart.skin.Envelope;
import io.carbonrouter.explorer.ui.chart.TimeSeriesChart;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * How long the FX thread spends redrawing a chart of a year of five-minute steps (105,120) 1,200 pixels wide
 * after its data changed: decimation plus the canvas commands, and with {@code shown=true} the rasterizing of the
 * frames too. Headless Monocle with the software pipeline, as in the tests.
 *
 * <p>Run: {@code mvn -Pbench verify -Dbench.args=ChartRedrawBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
    "-Dprism.text=t2k", "-Djava.awt.headless=true"})
public class ChartRedrawBenchmark {

    @Param("105120")
    public int steps;

    /**
     * false: the scene has no window, so nothing rasterizes and the score is the FX thread's own work. true: a
     * shown stage, so each redraw also waits for the render thread to finish the frame before (software pipeline).
     */
    @Param({"false", "true"})
    public boolean shown;

    private TimeSeriesChart weights;
    private TimeSeriesChart balance;
    private TimeSeriesChart emissions;
    private ChartData[] weightsData;
    private ChartData[] balanceData;
    private ChartData[] emissionsData;
    private double[] intensity;
    private int flip;

    @Setup
    public void setUp() {
        Platform.startup(() -> { });
        weightsData = new ChartData[] {DemoData.weights(steps), DemoData.weights(steps)};
        balanceData = new ChartData[] {DemoData.balance(steps), DemoData.balance(steps)};
        emissionsData = new ChartData[] {DemoData.emissions(steps, 1), DemoData.emissions(steps, 0.9)};
        intensity = DemoData.intensity(steps);
        onFx(() -> {
            weights = chart("Weights", weightsData[0]);
            balance = chart("Balance", balanceData[0]);
            emissions = chart("Emissions", emissionsData[0]);
            emissions.setGhostData(emissionsData[1]);
            Scene scene = new Scene(new VBox(weights, balance, emissions), 1260, 780);
            if (shown) {
                Stage stage = new Stage();
                stage.setScene(scene);
                stage.show();
            }
            scene.getRoot().applyCss();
            scene.getRoot().layout();
        });
    }

    @TearDown
    public void tearDown() {
        Platform.exit();
    }

    /** Three stacked areas (the flavour weights). */
    @Benchmark
    public void redrawStackedAreas() {
        redraw(weights, weightsData);
    }

    /** Two lines on two axes and a band (the ledger balance). */
    @Benchmark
    public void redrawLinesOnTwoAxes() {
        redraw(balance, balanceData);
    }

    /** Bars and a dashed line, with a ghost run of both behind (emissions against a pinned run). */
    @Benchmark
    public void redrawBarsWithGhost() {
        redraw(emissions, emissionsData);
    }

    /** The decimation alone: one series to 1,200 min/max columns. */
    @Benchmark
    public Envelope decimateOneSeries() {
        return Decimator.envelope(SeriesValues.of(intensity), 0, steps, 1200);
    }

    private void redraw(TimeSeriesChart chart, ChartData[] data) {
        onFx(() -> {
            flip ^= 1;
            chart.setData(data[flip]);
            chart.getScene().getRoot().layout();
        });
    }

    private static TimeSeriesChart chart(String title, ChartData data) {
        TimeSeriesChart chart = new TimeSeriesChart(title);
        chart.setData(data);
        chart.setTimeLabels(DemoData.labels());
        chart.setPrefSize(1260, 260);
        return chart;
    }

    private static void onFx(Runnable work) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                work.run();
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        done.join();
    }
}
