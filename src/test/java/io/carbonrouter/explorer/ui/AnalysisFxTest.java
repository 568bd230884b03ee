package io.carbonrouter.explorer.ui;

import io.carbonrouter.explorer.simulation.ForecastError;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.compare.DrawRow;
import io.carbonrouter.explorer.simulation.compare.MetricRow;
import io.carbonrouter.explorer.simulation.compare.SweepRow;
import io.carbonrouter.explorer.simulation.explain.StepExplainer;
import io.carbonrouter.explorer.ui.chart.ScatterPlot;
import io.carbonrouter.explorer.ui.chart.SeriesColor;
import io.carbonrouter.explorer.ui.common.Theme;
import io.carbonrouter.explorer.ui.run.RunOutcome;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.service.query.NodeQuery;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Compare, sweep, pin, explain and present, driven through the window as a user would. */
class AnalysisFxTest extends ExplorerFxTestBase {

    private NodeQuery in(Stage stage, String query) {
        return robot.from(stage.getScene().getRoot()).lookup(query);
    }

    /** Replaces a field's text without pressing Enter (which would run the sweep). */
    private void retype(TextField field, String text) {
        robot.clickOn(field);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void givenCompareThenEveryStrategyAndTheOptimumShowAndADoubleClickSwitchesTheMainPolicy() {
        click(lookup("#compare").queryButton());

        Stage stage = invoke(() -> window.analysis().compareStage());
        assertTrue(invoke(stage::isShowing));
        @SuppressWarnings("unchecked")
        TableView<MetricRow> table = in(stage, "#compare-table").queryAs(TableView.class);
        assertEquals(8, invoke(() -> table.getItems().size()));
        String optimum = invoke(() -> in(stage, ".optimum-note").queryAs(Label.class).getText());
        assertTrue(optimum.startsWith("Offline optimum at the target precision of 85 %: savings "), optimum);
        @SuppressWarnings("unchecked")
        TableView<MetricRow> notebook = in(stage, "#compare-notebook-table").queryAs(TableView.class);
        assertEquals(8, invoke(() -> notebook.getItems().size()));
        assertTrue(invoke(() -> notebook.getColumns().stream().anyMatch(c -> c.getGraphic() instanceof Label l
                && l.getText().equals("Linear reduction"))), "the notebooks' columns beside ours");
        String p100Linear = invoke(() -> in(stage, "#compare-notebook-table .table-row-cell").queryAllAs(TableRow.class)
                .stream().filter(r -> r.getItem() instanceof MetricRow m && m.policy().equals("p100")).findFirst()
                .orElseThrow().lookupAll(".table-cell").stream().map(n -> ((TableCell<?, ?>) n).getText())
                .toList().toString());
        assertTrue(p100Linear.contains("0.00 %") && p100Linear.contains("1.0000"), p100Linear);

        click(in(stage, "Savings").queryAs(Label.class));
        assertEquals("p100", invoke(() -> table.getItems().get(0).policy()), "ascending savings: p100 first");

        TableRow<?> random = in(stage, ".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getItem() instanceof MetricRow m && m.policy().equals("random")).findFirst()
                .orElseThrow();
        robot.doubleClickOn(random);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("random", scenario().policy());
        assertEquals("random", invoke(() -> vm().runs().outcomeProperty().get().run().policy()));
    }

    @Test
    void givenAnErrorModelWhenDrawsAreTypedInCompareThenEachStrategyShowsItsBandsOverTheDraws() {
        runFx(() -> vm().model().edit("error", s -> s.toBuilder()
                .forecastError(Optional.of(new ForecastError(0, 40, 0.05, 0.8, 7))).build()));
        click(lookup("#compare").queryButton());
        Stage stage = invoke(() -> window.analysis().compareStage());
        TextField draws = in(stage, "#compare-draws").queryAs(TextField.class);
        assertTrue(invoke(() -> draws.getTooltip().getText()).contains("compare --draws N"));
        @SuppressWarnings("unchecked")
        TableView<DrawRow> bands = in(stage, "#compare-draws-table").queryAs(TableView.class);
        @SuppressWarnings("unchecked")
        TableView<MetricRow> table = in(stage, "#compare-table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 8);
        assertFalse(invoke(bands::isVisible), "no bands before draws are asked for");

        type(draws, "8");

        waitUntil(() -> bands.isVisible() && bands.getItems().size() == 8);
        DrawRow aware = invoke(() -> bands.getItems().stream()
                .filter(r -> r.policy().equals("forecast-aware-global")).findFirst().orElseThrow());
        assertTrue(aware.savings().p5() <= aware.savings().mean() && aware.savings().mean() <= aware.savings().p95());
        String note = invoke(() -> in(stage, ".optimum-note").queryAllAs(Label.class).stream()
                .map(Label::getText).filter(t -> t.startsWith("8 forecast draws")).findFirst().orElse(""));
        assertTrue(note.contains("seeds 7 to 14"), note);
        List<Double> bars = invoke(() -> in(stage, ".band-bar").queryAllAs(Region.class).stream()
                .filter(Node::isVisible).map(Region::getWidth).toList());
        // p100 saves nothing, so its ideal share is undefined and draws no band.
        assertEquals(23, bars.size(), "a savings and a precision band for each strategy, an ideal share band for"
                + " each that saves: " + bars);
        // One axis for every row, from the lowest p5 (p100's savings, 0 %) to the highest p95 (its precision,
        // 100 %): a spread of a few points is a few pixels, the blind strategies a sliver.
        assertTrue(bars.stream().anyMatch(w -> w > 5) && bars.stream().anyMatch(w -> w <= 2),
                "the aware strategies spread, the blind ones are a sliver: " + bars);
        List<String> axes = invoke(() -> in(stage, ".label").queryAllAs(Label.class).stream().map(Label::getText)
                .filter(t -> t != null && t.startsWith("Band ") && t.contains(" to ")).toList());
        assertEquals(3, axes.size(), "each band column (savings, precision, ideal share) names the ends of its"
                + " axis: " + axes);
    }

    @Test
    void givenASmallSweepWhenAPointIsClickedThenTheMainScenarioTakesItAndUndoRestoresIt() {
        Scenario before = scenario();
        click(lookup("#sweep").queryButton());
        Stage stage = invoke(() -> window.analysis().sweepStage());
        retype(in(stage, "#firstFrom").queryAs(TextField.class), "0.1");
        retype(in(stage, "#firstTo").queryAs(TextField.class), "0.3");
        retype(in(stage, "#firstStep").queryAs(TextField.class), "0.1");
        ComboBox<?> policy = in(stage, "#policy").queryAs(ComboBox.class);
        click(policy);
        click(robot.lookup(".combo-box-popup .list-cell").match((Node n) -> n instanceof ListCell<?> c
                && "credit-greedy".equals(c.getText())).query());
        assertEquals("3 points × 1 strategy = 3 runs", invoke(() -> in(stage, ".sweep-size").queryAs(Label.class)
                .getText()));

        click(in(stage, "#run").queryButton());

        assertEquals(3, invoke(() -> vm().sweep().rows().size()));
        ScatterPlot plot = in(stage, "#sweep-plot").queryAs(ScatterPlot.class);
        ScatterPlot.Hit middle = new ScatterPlot.Hit(0, 1);
        Point2D at = invoke(() -> plot.localToScreen(plot.positionOf(middle).orElseThrow()));
        robot.moveTo(at);
        assertTrue(invoke(plot.hoverTextProperty()::get).startsWith("targetError=0.2 · credit-greedy"),
                invoke(plot.hoverTextProperty()::get));
        robot.clickOn(at);
        WaitForAsyncUtils.waitForFxEvents();

        SweepRow row = invoke(() -> vm().sweep().rowAt(middle));
        assertEquals(0.2, scenario().config().targetError(), 1e-12);
        assertEquals(row.point().scenario().config(), scenario().config());
        assertEquals(middle, invoke(plot.selectedProperty()::get));
        assertSame(row, invoke(() -> in(stage, "#sweep-table").queryTableView().getSelectionModel()
                .getSelectedItem()));

        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(invoke(stage::isShowing), "Escape closes the sweep window");
        click(lookup("#undo").queryButton());
        assertSame(before, scenario());
    }

    @Test
    void givenARunPinnedWhenAnEditRunsThenTheDifferencesShowAndUnpinHidesThem() {
        Node panel = lookup(".baseline-panel").query();
        assertFalse(invoke(panel::isVisible));

        click(lookup("#pin").query());
        type(lookup("#setting-targetError").queryAs(TextField.class), "0.25");

        assertTrue(invoke(panel::isVisible));
        List<Label> chips = lookup(".delta").queryAllAs(Label.class).stream().toList();
        assertEquals(10, chips.size());
        Label savings = chips.stream().filter(l -> l.getText().startsWith("Savings ")).findFirst().orElseThrow();
        assertTrue(savings.getText().matches("Savings \\+[0-9.]+ pp"), savings.getText());
        assertTrue(savings.getStyleClass().contains("better"));

        click(lookup("Unpin").queryButton());
        assertFalse(invoke(panel::isVisible));
        assertFalse(invoke(() -> vm().charts().pinnedProperty().get()));
    }

    @Test
    void givenTheCursorMovedThenWhyThisSplitExplainsTheNewStep() {
        clickPlot(chart("chart-weights"));
        int at = cursor();

        List<String> shown = lookup(".explain-paragraph").queryAllAs(Label.class).stream()
                .map(l -> invoke(l::getText)).toList();

        RunOutcome o = invoke(() -> vm().runs().outcomeProperty().get());
        assertEquals(StepExplainer.builtIns()
                .explain(o.run(), o.scenarioAt(at), at).paragraphs(), shown);
    }

    @Test
    void givenPresentationModeThenTheEditorsHideAndComeBackAfterward() {
        SplitPane split = lookup(".main-split").queryAs(SplitPane.class);
        Node editors = lookup(".editors-scroll").query();
        Label title = lookup(".section-title").queryAs(Label.class);
        assertEquals(13, invoke(title::getFont).getSize(), 1e-9);
        assertEquals(3, invoke(() -> split.getItems().size()));

        click(lookup("#present").query());

        assertFalse(invoke(() -> split.getItems().contains(editors)));
        assertTrue(invoke(() -> window.scene().getRoot().getStyleClass().contains("presentation")));
        assertEquals(18, invoke(title::getFont).getSize(), 1e-9, "larger text");

        robot.push(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(3, invoke(() -> split.getItems().size()));
        assertSame(editors, invoke(() -> split.getItems().get(0)));
        assertFalse(invoke(() -> window.scene().getRoot().getStyleClass().contains("presentation")));
        assertFalse(invoke(() -> vm().presentationProperty().get()));
        assertEquals(13, invoke(title::getFont).getSize(), 1e-9);
    }

    @Test
    void givenCompareOpenWhenTheThemeSwitchesThenItsWindowAndChartsFollowAndSweepOpensInTheTheme() {
        click(lookup("#compare").queryButton());
        Stage compare = invoke(() -> window.analysis().compareStage());
        ScatterPlot scatter = in(compare, ".scatter-plot").queryAs(ScatterPlot.class);
        Color defaultBlue = invoke(() -> scatter.chartStyle().color(SeriesColor.strategy(0)));

        ToggleButton contrast = lookup("#contrast").queryAs(ToggleButton.class);
        runFx(contrast::fire);

        assertTrue(invoke(() -> compare.getScene().getStylesheets().contains(Theme.HIGH_CONTRAST)));
        assertEquals(Color.web("#0047ab"), invoke(() -> {
            scatter.applyCss();
            return scatter.chartStyle().color(SeriesColor.strategy(0));
        }), "high-contrast.css's first strategy colour");
        // The Compare window may cover the toolbar, so the button is fired rather than clicked.
        Button sweepButton = lookup("#sweep").queryButton();
        runFx(sweepButton::fire);
        Stage sweep = invoke(() -> window.analysis().sweepStage());
        assertTrue(invoke(() -> sweep.getScene().getStylesheets().contains(Theme.HIGH_CONTRAST)));

        runFx(contrast::fire);

        assertFalse(invoke(() -> compare.getScene().getStylesheets().contains(Theme.HIGH_CONTRAST)));
        assertFalse(invoke(() -> sweep.getScene().getStylesheets().contains(Theme.HIGH_CONTRAST)));
        assertEquals(defaultBlue, invoke(() -> {
            scatter.applyCss();
            return scatter.chartStyle().color(SeriesColor.strategy(0));
        }));
    }
}
