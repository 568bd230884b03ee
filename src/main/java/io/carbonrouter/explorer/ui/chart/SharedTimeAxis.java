package io.carbonrouter.explorer.ui.chart;

import javafx.beans.property.ReadOnlyIntegerProperty;

/**
 * The owner of a time axis that several plots share: it alone holds the cursor and the zoom window. A plot that
 * shares it shows them and, when the user clicks, drags or zooms, asks the owner to move them.
 */
public interface SharedTimeAxis {

    ReadOnlyIntegerProperty cursorProperty();

    /** The first visible step. */
    ReadOnlyIntegerProperty visibleFromProperty();

    /** The step after the last visible one; {@code Integer.MAX_VALUE} runs to the end. */
    ReadOnlyIntegerProperty visibleToProperty();

    /** The user asks for the cursor on {@code step}. */
    void moveTo(int step);

    /** The user asks to see steps {@code from} up to {@code to} (exclusive; {@code Integer.MAX_VALUE}: the end). */
    void zoom(int from, int to);
}
