package io.carbonrouter.explorer.ui.app;

import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The single runnable jar carries JavaFX inside it, so JavaFX runs from the class path (its modules cannot be
 * nested in one jar). JavaFX then warns at every start that this configuration is unsupported; the app is
 * built and tested exactly so, and the line only alarms users. This drops that one line and keeps every other
 * message of JavaFX's logger.
 */
public final class ClassPathJavaFx {

    /** The start-up warning's text, as JavaFX 21 writes it. */
    static final String WARNING = "Unsupported JavaFX configuration";
    /** JavaFX logs through {@code System.getLogger("javafx")}, which the JDK backs with this logger. */
    private static final Logger JAVAFX = Logger.getLogger("javafx");

    private ClassPathJavaFx() {
    }

    /** Call before {@code Application.launch}. */
    public static void quietStart() {
        Filter previous = JAVAFX.getFilter();
        JAVAFX.setFilter(r -> keep(r) && (previous == null || previous.isLoggable(r)));
    }

    static boolean keep(LogRecord r) {
        return r.getMessage() == null || !r.getMessage().startsWith(WARNING);
    }
}
