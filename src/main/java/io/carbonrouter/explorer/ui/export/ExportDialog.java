package io.carbonrouter.explorer.ui.export;

import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.ui.common.Presentation;
import io.carbonrouter.explorer.ui.service.ExportAction;
import io.carbonrouter.explorer.ui.service.FileDialogs;
import io.carbonrouter.explorer.ui.service.FileKind;
import javafx.event.ActionEvent;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Export (StandardAction.EXPORT): the scenario as a TrafficSchedule, with Copy and Save. */
public final class ExportDialog implements ExportAction {

    private final Supplier<Window> owner;
    private final FileDialogs files;
    private final Consumer<String> info;
    private final Consumer<String> error;

    /**
     * @param info  told what was saved
     * @param error told why saving failed
     */
    public ExportDialog(Supplier<Window> owner, FileDialogs files, Consumer<String> info, Consumer<String> error) {
        this.owner = owner;
        this.files = files;
        this.info = info;
        this.error = error;
    }

    @Override
    public void export(Scenario scenario) {
        ExportViewModel vm = new ExportViewModel(scenario);
        ExportView view = new ExportView(vm);
        FXMLLoader loader = new FXMLLoader(ExportView.class.getResource("ExportView.fxml"));
        loader.setControllerFactory(type -> view);
        Parent content;
        try {
            content = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the export dialog", e);
        }
        ButtonType copy = new ButtonType("Copy", ButtonBar.ButtonData.LEFT);
        ButtonType save = new ButtonType("Save…", ButtonBar.ButtonData.OK_DONE);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Export");
        dialog.setHeaderText("TrafficSchedule for \"" + (scenario.name().isBlank() ? "Untitled" : scenario.name())
                + "\" (kubectl apply -f)");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(copy, save, ButtonType.CLOSE);
        dialog.getDialogPane().getStylesheets().add(Presentation.STYLESHEET);
        dialog.getDialogPane().lookupButton(save).disableProperty().bind(vm.yamlProperty().isEmpty());
        dialog.getDialogPane().lookupButton(copy).disableProperty().bind(vm.yamlProperty().isEmpty());
        dialog.getDialogPane().lookupButton(copy).addEventFilter(ActionEvent.ACTION, e -> {
            ClipboardContent text = new ClipboardContent();
            text.putString(view.shownText());
            Clipboard.getSystemClipboard().setContent(text);
            e.consume();
        });
        dialog.initOwner(owner.get());
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.isPresent() && answer.get() == save) {
            files.chooseSave(FileKind.TRAFFIC_SCHEDULE, Optional.empty(), vm.nameProperty().get() + ".yaml")
                    .ifPresent(path -> {
                try {
                    vm.save(path);
                    info.accept("Exported the TrafficSchedule to " + path.getFileName());
                } catch (IOException e) {
                    error.accept("Could not export to " + path + ": " + e.getMessage());
                }
            });
        }
    }
}
