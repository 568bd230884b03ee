package io.carbonrouter.explorer.ui.inspector;

import io.carbonrouter.explorer.ui.chart.SeriesSwatch;
import io.carbonrouter.explorer.ui.common.Tooltips;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The step inspector: sections of labelled values and the decision block, for the step under the cursor. */
public final class InspectorView {

    private final InspectorViewModel vm;
    private final List<Label> values = new ArrayList<>();
    private StepReport shown = StepReport.EMPTY;

    @FXML
    private Label empty;
    @FXML
    private GridPane grid;
    @FXML
    private TextArea decision;
    @FXML
    private Button copy;

    public InspectorView(InspectorViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        vm.reportProperty().addListener((obs, old, now) -> show(now));
        show(vm.reportProperty().get());
        copy.setTooltip(Tooltips.tooltip("Copy the decision block to the clipboard"));
        decision.setTooltip(Tooltips.tooltip("The step's decision in the shape of a TrafficSchedule status, "
                + "as the operator would publish it"));
    }

    /**
     * Moving the cursor or a new run usually changes values only: then the labels stay and take the new text,
     * which spares the FX thread rebuilding (and restyling) some fifty nodes per step.
     */
    private void show(StepReport report) {
        decision.setText(report.decision());
        if (sameLayout(report)) {
            for (int i = 0; i < report.rows().size(); i++) {
                values.get(i).setText(report.rows().get(i).value());
            }
            return;
        }
        shown = report;
        values.clear();
        grid.getChildren().clear();
        empty.setVisible(report.rows().isEmpty());
        empty.setManaged(report.rows().isEmpty());
        String section = "";
        int row = 0;
        for (StepReport.Row r : report.rows()) {
            if (!r.section().equals(section)) {
                section = r.section();
                Label head = new Label(section);
                head.getStyleClass().add("inspector-section");
                grid.add(head, 0, row++, 2, 1);
            }
            Label name = new Label(r.name());
            name.getStyleClass().add("inspector-name");
            if (r.color() != null) {
                name.setGraphic(new SeriesSwatch(r.color(), 9));
            }
            Label value = new Label(r.value());
            value.getStyleClass().add("inspector-value");
            // A narrow panel wraps a long value (a date) at its spaces instead of cutting it short.
            value.setWrapText(true);
            values.add(value);
            if (onItsOwnLine(r.value())) {
                value.getStyleClass().add("below-name");
                grid.add(name, 0, row++, 2, 1);
                grid.add(value, 0, row++, 2, 1);
            } else {
                grid.add(name, 0, row);
                grid.add(value, 1, row++);
            }
        }
    }

    /** The longest word that still fits the value column at every window size, in characters. */
    static final int LONGEST_WORD_BESIDE_NAME = 14;

    /**
     * A value with a word longer than the value column (forecast-aware-global) would wrap in the middle of the
     * word or at a hyphen, so it takes a line of its own under its name.
     */
    static boolean onItsOwnLine(String value) {
        for (String word : value.split(" ")) {
            if (word.length() > LONGEST_WORD_BESIDE_NAME) {
                return true;
            }
        }
        return false;
    }

    private boolean sameLayout(StepReport report) {
        List<StepReport.Row> now = report.rows();
        List<StepReport.Row> before = shown.rows();
        if (now.size() != before.size() || values.size() != now.size()) {
            return false;
        }
        for (int i = 0; i < now.size(); i++) {
            StepReport.Row a = now.get(i);
            StepReport.Row b = before.get(i);
            if (!a.section().equals(b.section()) || !a.name().equals(b.name()) || !Objects.equals(a.color(), b.color())
                    || onItsOwnLine(a.value()) != onItsOwnLine(b.value())) {
                return false;
            }
        }
        return true;
    }

    @FXML
    private void copy() {
        ClipboardContent content = new ClipboardContent();
        content.putString(decision.getText());
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
    }
}
