package io.carbonrouter.explorer.io.measured;

import io.carbonrouter.explorer.io.InputException;
import io.carbonrouter.explorer.simulation.measured.MeasuredRun;
import io.carbonrouter.explorer.simulation.measured.ReconcileMetric;
import io.carbonrouter.explorer.simulation.measured.Reconciliation;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.Simulator;
import io.carbonrouter.explorer.io.ScenarioFiles;
import io.carbonrouter.explorer.engine.StrategyRegistry;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The harness's timeseries.csv, read by its header (see src/test/resources/measured/make_synthetic.py). */
class MeasuredRunReaderTest {

    static final Path SYNTHETIC = Path.of("src", "test", "resources", "measured", "synthetic-timeseries.csv");

    private static String error(String text) {
        return assertThrows(InputException.class, () -> MeasuredRunReader.parse(text, "t.csv")).getMessage();
    }

    @Test
    void theHarnessFileReadsEverySampleFlavourAndGauge() {
        MeasuredRunReader.Read read = MeasuredRunReader.read(SYNTHETIC);
        MeasuredRun m = read.run();

        assertEquals(List.of(), read.warnings());
        assertEquals(120, m.samples());
        assertEquals(5.1, m.elapsed()[0]);
        assertEquals(600.0, m.seconds());
        assertArrayEquals(new int[] {30, 50, 100}, m.precisions());
        assertArrayEquals(new double[] {200, 200, 600}, new double[] {m.requests()[0][0], m.requests()[1][0],
                m.requests()[2][0]});
        assertEquals(40.0, m.gauge(MeasuredRun.CARBON_NOW)[0]);
        assertEquals(0.09, m.gauge(MeasuredRun.CREDIT_BALANCE)[0]);
        assertTrue(Double.isNaN(m.gauge("ceiling_router")[0]), "an empty cell is a missing value");
        assertTrue(m.has("queue_depth_total"));
        assertFalse(m.has("timestamp"));
    }

    @Test
    void theNotebookFiguresOfTheFileAreTheOnesPythonSums() {
        Scenario replay = ScenarioFiles.read(Path.of("src", "test", "resources", "measured", "replay.yaml"));
        Reconciliation r = Reconciliation.of(MeasuredRunReader.read(SYNTHETIC).run(), replay,
                new Simulator(StrategyRegistry.builtIns()));

        assertEquals(48.61197703035275, r.row(ReconcileMetric.LINEAR_REDUCTION).measured(), 1e-9);
        assertEquals(0.60075, r.row(ReconcileMetric.PRECISION).measured(), 1e-12);
        assertEquals(37.25, r.row(ReconcileMetric.TOP_SHARE).measured(), 1e-9);
        assertEquals(152.375, r.row(ReconcileMetric.CARBON_MET).measured(), 1e-9);
        assertEquals(0.24925, r.row(ReconcileMetric.MEAN_BALANCE).measured(), 1e-12);
        assertEquals(List.of(), r.warnings());
    }

    @Test
    void anOlderHarnessWithFewerColumnsReads() {
        MeasuredRun m = MeasuredRunReader.parse("timestamp,elapsed_seconds,delta_requests,mean_precision,"
                + "credit_balance,credit_velocity,engine_avg_precision,carbon_now,carbon_next,requests_precision_30,"
                + "requests_precision_50,requests_precision_100\n"
                + "2025-11-09T10:00:05Z,5.0,10,0.5,,,,100.0,,5,5,0\n", "old.csv").run();

        assertEquals(1, m.samples());
        assertTrue(Double.isNaN(m.gauge(MeasuredRun.THROTTLE)[0]));
    }

    @Test
    void aCounterResetCountsAsNoRequestsWithAWarning() {
        MeasuredRunReader.Read r = MeasuredRunReader.parse("elapsed_seconds,carbon_now,requests_precision_100\n"
                + "5,100,10\n10,100,-4000\n", "r.csv");

        assertEquals(0, r.run().requests()[0][1]);
        assertEquals(List.of("1 negative request count (a counter reset between two samples) counted as 0"),
                r.warnings());
    }

    @Test
    void badFilesAreRefusedNamingTheColumnAndLine() {
        assertEquals("t.csv: header: not a benchmark harness timeseries.csv: no column carbon_now,"
                + " requests_precision_N (one per flavour) (line 1)", error("elapsed_seconds,x\n1,2\n"));
        assertEquals("t.csv: carbon_now: \"high\" is not a number (line 3, column 4)",
                error("elapsed_seconds,carbon_now,requests_precision_30\n5,1,1\n10,high,2\n"));
        assertEquals("t.csv: elapsed_seconds: 5.0 must be >= 0 and after the previous sample's (line 3, column 1)",
                error("elapsed_seconds,carbon_now,requests_precision_30\n5,1,1\n5,1,1\n"));
        assertEquals("t.csv: expected 3 columns as the header names, got 2 (line 2)",
                error("elapsed_seconds,carbon_now,requests_precision_30\n5,1\n"));
        assertEquals("t.csv: no samples: the file has a header only",
                error("elapsed_seconds,carbon_now,requests_precision_30\n"));
        assertEquals("t.csv: header: requests_precision_300: a precision above 100 % (line 1)",
                error("elapsed_seconds,carbon_now,requests_precision_300\n5,1,1\n"));
        assertTrue(error("elapsed_seconds,carbon_now,requests_precision_30\n5,1e400,1\n")
                .contains("must be a finite number"));
    }
}
