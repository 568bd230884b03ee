package io.carbonrouter.explorer.ui.chart;

/** A labelled tick of the time axis at a slot position (step {@code i} sits at position {@code i}). */
public record TimeTick(double position, String label) {
}
