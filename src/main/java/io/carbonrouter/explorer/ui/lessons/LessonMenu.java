package io.carbonrouter.explorer.ui.lessons;

import io.carbonrouter.explorer.lesson.Lesson;
import io.carbonrouter.explorer.ui.common.Icons;
import io.carbonrouter.explorer.ui.common.Tooltips;
import javafx.fxml.FXML;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/** The Lessons menu of the toolbar: the built-in lessons, then a teacher's own file. */
public final class LessonMenu {

    private final LessonViewModel vm;

    @FXML
    private MenuButton lessons;

    public LessonMenu(LessonViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        // The toolbar drops labels at 1280 px and below; the icon keeps the menu recognisable there.
        lessons.setGraphic(Icons.LESSONS.node());
        lessons.setTooltip(Tooltips.tooltip("Lessons: guided steps that teach the ledger, throttling, the deployed "
                + "loop and forecast error on live runs"));
        for (Lesson l : vm.builtIn()) {
            MenuItem item = new MenuItem(l.title());
            item.setId("lesson-" + l.id());
            item.setOnAction(e -> vm.open(l));
            lessons.getItems().add(item);
        }
        MenuItem file = new MenuItem("Open lesson file…");
        file.setId("lesson-file");
        file.setOnAction(e -> vm.openFile());
        lessons.getItems().addAll(new SeparatorMenuItem(), file);
    }
}
