package io.carbonrouter.explorer.ui.common;

import javafx.scene.Node;
import javafx.scene.shape.SVGPath;

/**
 * Toolbar and button glyphs as small SVG paths on a 16 x 16 grid: crisp at any scale and independent of
 * which fonts the machine has (Unicode media symbols are missing from many Linux fonts).
 */
public enum Icons {
    OPEN("M1 3h5l2 2h7v9H1z"),
    SAVE("M2 2h10l2 2v10H2zM4 2v4h7V2M4 9h8v5H4z"),
    SAMPLES("M2 2h5v5H2zM9 2h5v5H9zM2 9h5v5H2zM9 9h5v5H9z"),
    RESET("M2 2h2v12H2zM14 2v12L5 8z"),
    STEP_BACK("M12 2h2v12h-2zM11 2v12L3 8z"),
    PLAY("M3 2l11 6-11 6z"),
    PAUSE("M3 2h4v12H3zM9 2h4v12H9z"),
    STEP("M2 2h2v12H2zM5 2v12l8-6z"),
    UNDO("M6 3L1 7l5 4V8.5c4 0 6.5 1 8 4.5 0-5-3-7.5-8-7.5z"),
    REDO("M10 3l5 4-5 4V8.5c-4 0-6.5 1-8 4.5 0-5 3-7.5 8-7.5z"),
    EXPORT("M7 10V3H4.5L8 0l3.5 3H9v7zM2 7h3v1.5H3.5v5h9v-5H11V7h3v8H2z"),
    ADD("M7 2h2v5h5v2H9v5H7V9H2V7h5z"),
    REMOVE("M2 7h12v2H2z"),
    DUPLICATE("M5 1h9v9H5zM6.5 2.5v6h6v-6zM2 5h2v7.5h7.5V14H2z"),
    COMPARE("M1 14h14v1.5H1zM2 8h3v5H2zM6.5 3h3v10h-3zM11 6h3v7h-3z"),
    SWEEP("M2 2h3v3H2zM6.5 2h3v3h-3zM11 2h3v3h-3zM2 6.5h3v3H2zM6.5 6.5h3v3h-3zM11 6.5h3v3h-3zM2 11h3v3H2z"
            + "M6.5 11h3v3h-3zM11 11h3v3h-3z"),
    PRESENT("M1 2h14v9H1zM2.5 3.5v6h11v-6zM7.25 11h1.5v2H12v1.5H4V13h3.25z"),
    CONTRAST("M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm0 1.5v11a5.5 5.5 0 0 1 0-11z"),
    LESSONS("M1 2.5h5.5L8 4l1.5-1.5H15V13H9.5L8 14.5 6.5 13H1zM2.5 4v7.5h4.25l.5.5V5zM8.75 5v7l.5-.5h4.25V4H9.5z"),
    PIN("M6 1h4v1l-1 1v4l3 3v1H9v4l-1 1-1-1v-4H4v-1l3-3V3L6 2z"),
    MORE("M1.5 6.5h3v3h-3zM6.5 6.5h3v3h-3zM11.5 6.5h3v3h-3z"),
    CANCEL("M3.5 2L8 6.5 12.5 2 14 3.5 9.5 8l4.5 4.5-1.5 1.5L8 9.5 3.5 14 2 12.5 6.5 8 2 3.5z");

    private final String path;

    Icons(String path) {
        this.path = path;
    }

    /** A fresh node (a node can sit in one place only); styled by the {@code icon} CSS class. */
    public Node node() {
        SVGPath p = new SVGPath();
        p.setContent(path);
        p.getStyleClass().add("icon");
        return p;
    }
}
