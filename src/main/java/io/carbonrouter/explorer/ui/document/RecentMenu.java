package io.carbonrouter.explorer.ui.document;

import javafx.collections.ListChangeListener;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitMenuButton;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Open button's drop-down: the recent scenario files (name, then folder), clearing them, and the imports
 * (a TrafficSchedule's settings, a forecast's curves) and a measured run to overlay. Rebuilt whenever the list
 * changes.
 */
public final class RecentMenu {

    private RecentMenu() {
    }

    /** {@code openMeasured} opens a run measured on a cluster over the charts. */
    public static void install(SplitMenuButton open, DocumentViewModel document, ImportViewModel imports,
                               Runnable openMeasured) {
        Runnable rebuild = () -> open.getItems().setAll(items(document, imports, openMeasured));
        document.recent().files().addListener((ListChangeListener<Path>) change -> rebuild.run());
        rebuild.run();
    }

    private static List<MenuItem> items(DocumentViewModel document, ImportViewModel imports,
                                        Runnable openMeasured) {
        List<MenuItem> items = new ArrayList<>();
        List<Path> files = document.recent().files();
        if (files.isEmpty()) {
            MenuItem none = new MenuItem("No recent files");
            none.setDisable(true);
            items.add(none);
        }
        for (Path file : files) {
            Path folder = file.getParent();
            MenuItem item = new MenuItem(file.getFileName() + (folder == null ? "" : "   —   " + folder));
            // File names are shown as they are: an underscore is not a mnemonic.
            item.setMnemonicParsing(false);
            item.getStyleClass().add("recent-file");
            item.setOnAction(e -> document.openRecent(file));
            items.add(item);
        }
        if (!files.isEmpty()) {
            items.add(new SeparatorMenuItem());
        }
        MenuItem clear = new MenuItem("Clear recent files");
        clear.setDisable(files.isEmpty());
        clear.setOnAction(e -> document.clearRecent());
        MenuItem importSchedule = new MenuItem("Import TrafficSchedule…");
        importSchedule.setOnAction(e -> imports.importSchedule());
        MenuItem importForecast = new MenuItem("Import forecast…");
        importForecast.setOnAction(e -> imports.importForecast());
        items.add(clear);
        items.add(new SeparatorMenuItem());
        items.add(importSchedule);
        items.add(importForecast);
        MenuItem measured = new MenuItem("Open measured run…");
        measured.setOnAction(e -> openMeasured.run());
        items.add(measured);
        return items;
    }
}
