package io.carbonrouter.explorer.ui.service;

import io.carbonrouter.explorer.io.forecast.ForecastSource;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.stage.Window;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The file actions' questions and reports as alerts over the main window. */
public final class FxDialogService implements DialogService {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    private final Supplier<Window> owner;
    private final Supplier<String> stylesheet;

    /**
     * @param stylesheet the app's stylesheet, so the alerts look like the window
     */
    public FxDialogService(Supplier<Window> owner, Supplier<String> stylesheet) {
        this.owner = owner;
        this.stylesheet = stylesheet;
    }

    @Override
    public boolean offerRecovery(String scenarioName, Instant savedAt) {
        ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        long minutes = Math.max(0, Duration.between(savedAt, Instant.now()).toMinutes());
        Alert alert = alert(Alert.AlertType.CONFIRMATION, "Restore unsaved edits?", "Policy Explorer did not close "
                + "cleanly last time. Your unsaved edits to \"" + scenarioName + "\" were kept (autosaved "
                + WHEN.format(savedAt) + ", " + (minutes == 0 ? "less than a minute" : minutes + " min") + " ago)."
                + "\n\nRestore them, or discard them for good?", restore, discard);
        return alert.showAndWait().orElse(discard) == restore;
    }

    @Override
    public Optional<ForecastSource> chooseUkSource(String fileName) {
        ButtonType forecast = new ButtonType("Forecast", ButtonBar.ButtonData.YES);
        ButtonType actual = new ButtonType("Actual", ButtonBar.ButtonData.NO);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, "Forecast or actual values?", fileName + " is a UK Carbon "
                + "Intensity API response. Import the forecast (what the engine would have seen) or the measured "
                + "actual values? Slots missing the one you choose take the other.", forecast, actual,
                ButtonType.CANCEL);
        // Forecast and actual are peers: shown in this order, not in the platform's yes / no order.
        ButtonBar bar = (ButtonBar) alert.getDialogPane().lookup(".button-bar");
        if (bar != null) {
            bar.setButtonOrder(ButtonBar.BUTTON_ORDER_NONE);
        }
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        if (answer == forecast) {
            return Optional.of(ForecastSource.FORECAST);
        }
        return answer == actual ? Optional.of(ForecastSource.ACTUAL) : Optional.empty();
    }

    @Override
    public boolean confirmOverwrite(Path folder, List<String> fileNames) {
        ButtonType replace = new ButtonType("Replace", ButtonBar.ButtonData.OK_DONE);
        String header = fileNames.size() == 1 ? fileNames.get(0) + " already exists"
                : fileNames.size() + " files already exist";
        Alert alert = alert(Alert.AlertType.CONFIRMATION, header, "In " + folder + ":\n  "
                + String.join("\n  ", fileNames) + "\n\nReplace them?", replace, ButtonType.CANCEL);
        return alert.showAndWait().orElse(ButtonType.CANCEL) == replace;
    }

    @Override
    public void showReport(String title, String header, List<String> lines) {
        TextArea details = new TextArea(String.join("\n", lines));
        details.setEditable(false);
        details.setWrapText(true);
        details.setPrefRowCount(Math.min(14, Math.max(2, lines.size())));
        details.setPrefColumnCount(60);
        details.getStyleClass().add("report-text");
        Alert alert = alert(Alert.AlertType.INFORMATION, header, null, ButtonType.OK);
        alert.setTitle(title);
        alert.getDialogPane().setContent(details);
        alert.showAndWait();
    }

    private Alert alert(Alert.AlertType type, String header, String text, ButtonType... buttons) {
        Alert alert = new Alert(type, text == null ? "" : text, buttons);
        alert.setTitle("Policy Explorer");
        alert.setHeaderText(header);
        alert.initOwner(owner.get());
        alert.getDialogPane().getStylesheets().add(stylesheet.get());
        // Long messages wrap inside the dialog instead of being cut off with an ellipsis.
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        return alert;
    }
}
