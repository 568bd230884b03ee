package io.carbonrouter.explorer.engine;

/** Thrown by every strategy when it is asked to split traffic and no flavour is enabled. */
public final class NoEnabledFlavoursException extends IllegalArgumentException {

    public NoEnabledFlavoursException() {
        super("no flavours enabled");
    }
}
