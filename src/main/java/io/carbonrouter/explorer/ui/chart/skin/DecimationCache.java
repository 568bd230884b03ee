package io.carbonrouter.explorer.ui.chart.skin;

import io.carbonrouter.explorer.ui.chart.SeriesValues;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One chart's decimations, kept so that a growing series is decimated again only where it grew: the data
 * reducer of a chart, owned by its skin (chart-fx keeps the reducer with the renderer, not in a global). A
 * decimation is keyed on the data's identity ({@link SeriesValues#source()}) and the window and columns it was
 * taken over; its version is the length of the view it was taken from. Views of one source agree below the
 * shorter's length, so a later version reads only the column holding the old length and those after it. Views
 * that are their own source are never kept: nothing later can be the same data.
 */
public final class DecimationCache {

    /** A chart of a dozen series, each with a pinned and a measured run and an axis range, fits. */
    static final int DEFAULT_LIMIT = 64;

    private record Key(Object source, int from, int to, int columns, boolean means) {
    }

    private record Memo(int version, double[][] parts) {
    }

    private final Map<Key, Memo> memos;

    public DecimationCache() {
        this(DEFAULT_LIMIT);
    }

    /** A cache of the latest {@code limit} decimations. */
    DecimationCache(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("a decimation cache holds at least one entry: " + limit);
        }
        memos = new LinkedHashMap<>(limit, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Memo> eldest) {
                return size() > limit;
            }
        };
    }

    /** As {@link Decimator#envelope}, reading again only the columns a growing series changed. */
    public Envelope envelope(SeriesValues values, int from, int to, int columns) {
        Decimator.check(from, to, columns);
        Key key = new Key(values.source(), from, to, columns, false);
        Memo memo = recalled(values, key);
        double[][] e;
        int start;
        if (memo == null) {
            e = new double[][] {Decimator.nans(columns), Decimator.nans(columns), Decimator.nans(columns),
                Decimator.nans(columns)};
            start = 0;
        } else {
            e = copy(memo.parts());
            start = Decimator.firstColumnFrom(from, to, columns, memo.version());
        }
        Decimator.envelopeColumns(values, from, to, columns, start, e);
        remember(values, key, e);
        return new Envelope(e[0], e[1], e[2], e[3]);
    }

    /** As {@link Decimator#means}, reading again only the columns a growing series changed. */
    public double[] means(SeriesValues values, int from, int to, int columns) {
        Decimator.check(from, to, columns);
        Key key = new Key(values.source(), from, to, columns, true);
        Memo memo = recalled(values, key);
        double[][] sums = memo == null ? new double[][] {new double[columns], new double[columns]}
                : copy(memo.parts());
        int start = memo == null ? 0 : Decimator.firstColumnFrom(from, to, columns, memo.version());
        Decimator.sumColumns(values, from, to, columns, start, sums);
        remember(values, key, sums);
        return Decimator.means(sums);
    }

    /** How many decimations are kept. */
    int size() {
        synchronized (memos) {
            return memos.size();
        }
    }

    /** A decimation of the same data at no later version (a view never changes below its length), else null. */
    private Memo recalled(SeriesValues values, Key key) {
        if (values.source() == values) {
            return null;
        }
        Memo memo;
        synchronized (memos) {
            memo = memos.get(key);
        }
        return memo != null && memo.version() <= values.length() ? memo : null;
    }

    /**
     * Keeps {@code parts} as they are: a recalled memo is copied before it is extended. Painting is on the FX
     * thread; an export may paint a snapshot elsewhere, so the map is locked.
     */
    private void remember(SeriesValues values, Key key, double[][] parts) {
        if (values.source() != values) {
            Memo memo = new Memo(values.length(), parts);
            synchronized (memos) {
                memos.put(key, memo);
            }
        }
    }

    private static double[][] copy(double[][] parts) {
        double[][] c = new double[parts.length][];
        for (int i = 0; i < parts.length; i++) {
            c[i] = parts[i].clone();
        }
        return c;
    }
}
