package io.carbonrouter.explorer.cli;

/** A bad argument (an option value, a refused --out target): one line, exit code 2, no trace. */
public final class ArgumentError extends RuntimeException {

    public ArgumentError(String message) {
        super(message);
    }
}
