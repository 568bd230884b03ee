package io.carbonrouter.explorer.ui.export;

import io.carbonrouter.explorer.ui.Fakes;
import io.carbonrouter.explorer.ui.common.Presentation;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class ExportViewFxTest {

    private final ExportViewModel vm = new ExportViewModel(Fakes.sample().toBuilder().policy("precision-tier")
            .build());

    @Start
    void start(Stage stage) throws IOException {
        FXMLLoader loader = new FXMLLoader(ExportView.class.getResource("ExportView.fxml"));
        loader.setControllerFactory(type -> new ExportView(vm));
        Parent content = loader.load();
        Scene scene = new Scene(content, 720, 560);
        scene.getStylesheets().add(Presentation.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void givenANameTypedThenTheListedFindingsFollowEachKeystrokeAndTheSetEnvLineIsShown(FxRobot robot) {
        ListView<String> findings = robot.lookup("#findings").queryListView();
        TextField name = robot.lookup("#name").queryAs(TextField.class);
        assertEquals(List.of("check: spec.scheduler.policy", "warning: spec.scheduler.policy"), paths(findings));

        robot.clickOn(name).eraseText(name.getText().length()).write("shop");

        assertEquals(List.of("check: metadata.name", "check: spec.scheduler.policy", "warning: metadata.name",
                "warning: spec.scheduler.policy"), paths(findings));
        assertEquals("check: 2 problems · 2 warnings", robot.lookup("#summary").queryLabeled().getText());
        String setEnv = robot.lookup("#setEnv").queryAs(TextField.class).getText();
        assertTrue(setEnv.startsWith("kubectl set env deployment/carbonrouter-decision-engine"), setEnv);
    }

    @Test
    void givenAScenarioWithoutFindingsThenTheEmptyListGivesItsRoomToTheYaml(FxRobot robot) throws Exception {
        assertTrue(robot.lookup("#findings").query().isManaged(), "findings listed");
        ExportViewModel clean = new ExportViewModel(Fakes.sample());
        FXMLLoader loader = new FXMLLoader(ExportView.class.getResource("ExportView.fxml"));
        loader.setControllerFactory(type -> new ExportView(clean));
        Parent content = WaitForAsyncUtils.asyncFx(() -> (Parent) loader.load()).get();

        assertEquals(List.of(), clean.findings());
        assertFalse(content.lookup("#findings").isManaged());
        assertEquals("check: no problems · no warnings", ((Label) content.lookup("#summary")).getText());
    }

    /** Each finding as its kind and field path, such as "check: metadata.name". */
    private static List<String> paths(ListView<String> list) {
        return WaitForAsyncUtils.waitForAsyncFx(45_000, () -> list.getItems().stream().map(f -> {
            int tag = f.indexOf(": ") + 2;
            return f.substring(0, tag) + f.substring(tag).split("[: ]")[0];
        }).toList());
    }
}
