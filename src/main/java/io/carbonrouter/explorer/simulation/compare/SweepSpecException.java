package io.carbonrouter.explorer.simulation.compare;

/** A sweep that cannot run as asked: the message says what is wrong in one line; nothing has run. */
public final class SweepSpecException extends IllegalArgumentException {

    public SweepSpecException(String message) {
        super(message);
    }
}
