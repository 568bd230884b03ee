package io.carbonrouter.explorer.ui.export;

import io.carbonrouter.explorer.cli.PolicyExplorerCli;
import io.carbonrouter.explorer.io.RunWriters;
import io.carbonrouter.explorer.io.ScenarioFiles;
import io.carbonrouter.explorer.simulation.Run;
import io.carbonrouter.explorer.ui.Fakes;
import io.carbonrouter.explorer.ui.MainViewModel;
import io.carbonrouter.explorer.ui.common.ChartImage;
import io.carbonrouter.explorer.ui.service.FileKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResultsExportViewModelTest {

    @TempDir
    Path dir;

    private Fakes.Services services;
    private MainViewModel vm;

    private ResultsExportViewModel start() {
        services = new Fakes.Services(dir);
        vm = new MainViewModel(services.services, Fakes.sample(), Optional.empty());
        return vm.results();
    }

    private Run run() {
        return vm.runs().outcomeProperty().get().run();
    }

    /** What {@code simulate SCENARIO --out FILE [options]} writes. */
    private byte[] simulate(Path scenario, String... options) throws IOException {
        Path out = dir.resolve("simulate-" + options.length + ".out");
        List<String> args = new ArrayList<>(List.of("simulate", scenario.toString(), "--out", out.toString()));
        args.addAll(List.of(options));
        StringWriter err = new StringWriter();
        assertEquals(0, PolicyExplorerCli.run(args.toArray(String[]::new), new PrintWriter(new StringWriter()),
                new PrintWriter(err)), err.toString());
        return Files.readAllBytes(out);
    }

    @Test
    void givenTheRunThenCsvAndJsonAreExactlyWhatSimulateWrites() throws IOException {
        ResultsExportViewModel results = start();
        Path scenario = dir.resolve("sample.yaml");
        ScenarioFiles.write(Fakes.sample(), scenario);
        Path csv = dir.resolve("out.csv");
        Path json = dir.resolve("out.json");
        services.dialogs.saves.add(Optional.of(csv));
        services.dialogs.saves.add(Optional.of(json));

        results.exportCsv();
        results.exportJson();

        assertEquals(List.of(FileKind.RUN_CSV, FileKind.RUN_JSON), services.dialogs.kinds);
        assertEquals(List.of("uk-winter-weekday-run.csv", "uk-winter-weekday-run.json"), services.dialogs.suggested);
        ByteArrayOutputStream expectedCsv = new ByteArrayOutputStream();
        RunWriters.writeCsv(run(), expectedCsv);
        assertArrayEquals(expectedCsv.toByteArray(), Files.readAllBytes(csv));
        assertArrayEquals(simulate(scenario, "--format", "csv"), Files.readAllBytes(csv));
        assertArrayEquals(simulate(scenario), Files.readAllBytes(json));
        assertEquals("Exported the run (144 steps) to out.json", vm.status().messageProperty().get());
    }

    @Test
    void givenAFileThenTheSuggestedNamesFollowIt() throws IOException {
        ResultsExportViewModel results = start();
        Path file = dir.resolve("my week.yaml");
        ScenarioFiles.write(Fakes.sample(), file);
        vm.document().openFile(file);

        results.exportCsv();

        assertEquals(List.of("my week-run.csv"), services.dialogs.suggested);
    }

    private static BufferedImage image(int width, int height) {
        return new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    }

    @Test
    void givenChartsThenEachIsAPngInTheFolderAndExistingOnesAreReplacedOnlyWhenAllowed() throws IOException {
        ResultsExportViewModel results = start();
        results.setChartSource(() -> List.of(new ChartImage("weights", image(300, 120)),
                new ChartImage("curve-intensity", image(200, 90))));
        Path weights = dir.resolve("uk-winter-weekday-weights.png");
        Files.writeString(weights, "keep me");

        services.dialogs.folders.add(Optional.of(dir));
        services.questions.overwriteAnswers.add(false);
        results.exportCharts();

        assertEquals(List.of(List.of("uk-winter-weekday-weights.png")), services.questions.overwriteAsked);
        assertEquals("keep me", Files.readString(weights));
        assertTrue(Files.notExists(dir.resolve("uk-winter-weekday-curve-intensity.png")), "all or nothing");

        services.dialogs.folders.add(Optional.of(dir));
        services.questions.overwriteAnswers.add(true);
        results.exportCharts();

        BufferedImage w = ImageIO.read(weights.toFile());
        BufferedImage c = ImageIO.read(dir.resolve("uk-winter-weekday-curve-intensity.png").toFile());
        assertEquals(List.of(300, 120, 200, 90), List.of(w.getWidth(), w.getHeight(), c.getWidth(), c.getHeight()));
        assertEquals("Saved 2 charts as PNG in " + dir, vm.status().messageProperty().get());
    }

    @Test
    void givenTheFolderChoiceCancelledThenNothingIsWritten() throws IOException {
        ResultsExportViewModel results = start();
        results.setChartSource(() -> List.of(new ChartImage("weights", image(10, 10))));

        results.exportCharts();

        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.toString().endsWith(".png")));
        }
    }
}
