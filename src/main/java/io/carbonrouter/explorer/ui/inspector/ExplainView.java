package io.carbonrouter.explorer.ui.inspector;

import io.carbonrouter.explorer.simulation.explain.Explanation;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;

/**
 * "Why this split" in the inspector: the explanation of the step under the cursor, one wrapped label a paragraph.
 * The headline is left out: the inspector's Step section right below says the same.
 */
public final class ExplainView {

    private final ExplainViewModel vm;
    private final List<Label> paragraphs = new ArrayList<>();

    @FXML
    private VBox body;
    @FXML
    private Label empty;

    public ExplainView(ExplainViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        empty.managedProperty().bind(empty.visibleProperty());
        vm.explanationProperty().addListener((obs, old, now) -> show(now));
        show(vm.explanationProperty().get());
    }

    /** Moving the cursor keeps the paragraph count, so the labels stay and only their text changes. */
    private void show(Explanation e) {
        empty.setVisible(e.paragraphs().isEmpty());
        while (paragraphs.size() < e.paragraphs().size()) {
            Label l = new Label();
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
            l.getStyleClass().add("explain-paragraph");
            paragraphs.add(l);
            body.getChildren().add(l);
        }
        while (paragraphs.size() > e.paragraphs().size()) {
            body.getChildren().remove(paragraphs.remove(paragraphs.size() - 1));
        }
        for (int i = 0; i < paragraphs.size(); i++) {
            paragraphs.get(i).setText(e.paragraphs().get(i));
        }
    }
}
