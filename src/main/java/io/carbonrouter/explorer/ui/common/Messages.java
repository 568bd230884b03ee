package io.carbonrouter.explorer.ui.common;

/** Where a feature tells the user what happened, in one line (the status bar shows it). */
public interface Messages {

    void info(String text);

    void error(String text);
}
