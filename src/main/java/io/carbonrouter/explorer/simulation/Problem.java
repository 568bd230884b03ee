package io.carbonrouter.explorer.simulation;

/**
 * One thing wrong with an input: where (a field path such as {@code flavours[2].precision}) and what.
 */
public record Problem(String path, String message) {

    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
