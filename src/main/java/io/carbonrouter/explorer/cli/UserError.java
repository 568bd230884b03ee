package io.carbonrouter.explorer.cli;

/** A problem with what the user gave (a file, an argument): printed as one line, exit code 1, no trace. */
public final class UserError extends RuntimeException {

    public UserError(String message) {
        super(message);
    }

    public UserError(String message, Throwable cause) {
        super(message, cause);
    }
}
