package io.carbonrouter.explorer.ui;

import io.carbonrouter.explorer.io.AtomicFiles;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.ui.service.ExportAction;
import io.carbonrouter.explorer.ui.service.FileDialogs;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Shows an export of the scenario as text, with Copy and Save. What it renders is handed in, so the
 * TrafficSchedule export can take the place of the scenario YAML without touching the views.
 */
public final class ExportDialog implements ExportAction {

    private final Supplier<Window> owner;
    private final String title;
    private final Function<Scenario, String> render;
    private final FileDialogs files;
    private final Consumer<String> report;

    /**
     * @param render turns the scenario into the exported text
     * @param report told what happened (saved, or why not)
     */
    public ExportDialog(Supplier<Window> owner, String title, Function<Scenario, String> render, FileDialogs files,
                        Consumer<String> report) {
        this.owner = owner;
        this.title = title;
        this.render = render;
        this.files = files;
        this.report = report;
    }

    @Override
    public void export(Scenario scenario) {
        String text = render.apply(scenario);
        TextArea area = new TextArea(text);
        area.setEditable(false);
        area.getStyleClass().add("decision");
        area.setPrefSize(640, 460);
        ButtonType copy = new ButtonType("Copy", ButtonBar.ButtonData.LEFT);
        ButtonType save = new ButtonType("Save…", ButtonBar.ButtonData.OTHER);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(title + " of \"" + (scenario.name().isBlank() ? "Untitled" : scenario.name()) + "\"");
        dialog.getDialogPane().setContent(area);
        dialog.getDialogPane().getButtonTypes().addAll(copy, save, ButtonType.CLOSE);
        dialog.initOwner(owner.get());
        dialog.getDialogPane().lookupButton(copy).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
            e.consume();
        });
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.isPresent() && answer.get() == save) {
            files.chooseSave(Optional.empty(), "export.yaml").ifPresent(p -> write(p, text));
        }
    }

    private void write(Path path, String text) {
        try {
            AtomicFiles.write(path, text);
            report.accept("Exported to " + path.getFileName());
        } catch (IOException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, "Could not write " + path + ": " + e.getMessage());
            alert.initOwner(owner.get());
            alert.showAndWait();
        }
    }
}
