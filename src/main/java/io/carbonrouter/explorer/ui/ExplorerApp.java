package io.carbonrouter.explorer.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application. (Replaced by the real main window in the GUI issue.) */
public final class ExplorerApp extends Application {

    public static void launchApp(String[] args) {
        Application.launch(ExplorerApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Policy Explorer");
        stage.setScene(new Scene(new Label("Policy Explorer"), 800, 600));
        stage.show();
    }
}
