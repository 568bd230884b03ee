package io.carbonrouter.explorer.ui.chart;

import java.util.Objects;
import java.util.function.IntToDoubleFunction;

/**
 * The values of a series as a view: {@link #length()} steps, each read where it lies (a run's own arrays),
 * never copied into the chart. Steps at or past the length are gaps, so a live run grows its views by length
 * alone. A view never changes below its length.
 */
public interface SeriesValues {

    /** The value at {@code step}, {@code NaN} outside the values. */
    default double valueAt(int step) {
        return step >= 0 && step < length() ? at(step) : Double.NaN;
    }

    /** The steps with a value (finite, or NaN for a gap). */
    int length();

    /** The value of step {@code i}, {@code 0 <= i < length()}. */
    double at(int i);

    /**
     * What the values are read from. Views with equal sources agree on every step below the shorter's length
     * (views of one growing recording), so work done on the shorter, such as decimation, holds for the longer.
     * By default every view is its own source.
     */
    default Object source() {
        return this;
    }

    /** These values, read from {@code source} (see {@link #source()}). */
    static SeriesValues from(Object source, SeriesValues values) {
        Objects.requireNonNull(source, "source");
        return new SeriesValues() {
            @Override
            public int length() {
                return values.length();
            }

            @Override
            public double at(int i) {
                return values.at(i);
            }

            @Override
            public Object source() {
                return source;
            }
        };
    }

    /** The whole array; callers never change it after handing it over. */
    static SeriesValues of(double[] values) {
        Objects.requireNonNull(values, "values");
        return of(values.length, i -> values[i]);
    }

    /** The first {@code length} values of an array that may be filled on past them. */
    static SeriesValues of(float[] values, int length) {
        Objects.requireNonNull(values, "values");
        if (length > values.length) {
            throw new IllegalArgumentException("length " + length + " past the array's " + values.length);
        }
        return of(length, i -> values[i]);
    }

    /** {@code length} values computed from where they are kept, step by step. */
    static SeriesValues of(int length, IntToDoubleFunction value) {
        Objects.requireNonNull(value, "value");
        if (length < 0) {
            throw new IllegalArgumentException("length must not be negative: " + length);
        }
        return new SeriesValues() {
            @Override
            public int length() {
                return length;
            }

            @Override
            public double at(int i) {
                return value.applyAsDouble(i);
            }
        };
    }
}
