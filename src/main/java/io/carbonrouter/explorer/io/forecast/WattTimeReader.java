package io.carbonrouter.explorer.io.forecast;

import io.carbonrouter.explorer.io.FieldReader;
import io.carbonrouter.explorer.io.LocatedTree.Kind;
import io.carbonrouter.explorer.io.LocatedTree.Node;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A WattTime v3 forecast or historical response: {@code {"data": [{"point_time", "value"}], "meta": {"units",
 * "data_point_period_seconds", ...}}}. The marginal emission rate (MOER) comes in lbs CO2 per MWh, which is
 * converted to gCO2/kWh (1 lb/MWh = 0.453592 g/kWh); a response already in g/kWh is kept as it is.
 */
final class WattTimeReader {

    static final double GRAMS_PER_KWH_PER_LBS_PER_MWH = 0.453592;
    private static final String LBS = "lbs_co2_per_mwh";

    private WattTimeReader() {
    }

    static ImportedForecast read(Node root, String source) {
        JsonValues values = new JsonValues();
        FieldReader in = values.reader();
        Node meta = root.get("meta");
        if (meta != null && !in.isObject(meta, "meta")) {
            meta = null;
        }
        double factor = factor(meta, in);
        OptionalInt period = period(meta, in);
        List<Node> entries = values.list(root, "data", "data");
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String path = "data[" + i + "]";
            Node entry = entries.get(i);
            if (!in.isObject(entry, path)) {
                continue;
            }
            Optional<Instant> time = values.time(entry, "point_time", path + ".point_time");
            double v = values.value(entry.get("value"), path + ".value") * factor;
            time.ifPresent(t -> samples.add(new Sample(t, v, Double.NaN, path + ".point_time",
                    entry.get("point_time").where())));
        }
        return Curves.timed(source, ForecastFormat.WATTTIME, samples, period, false, values.warnings(),
                in.problems());
    }

    private static double factor(Node meta, FieldReader in) {
        Node units = meta == null ? null : meta.get("units");
        if (units == null) {
            in.warnings().add("no meta.units: assuming WattTime's " + LBS + " and converting to gCO2/kWh (x "
                    + GRAMS_PER_KWH_PER_LBS_PER_MWH + ")");
            return GRAMS_PER_KWH_PER_LBS_PER_MWH;
        }
        String text = String.valueOf(units.text()).toLowerCase(Locale.ROOT).replace(" ", "");
        if (text.equals(LBS) || text.equals("lbs/mwh") || text.equals("lb/mwh")) {
            in.warnings().add("meta.units is " + units.text() + ": values converted to gCO2/kWh (x "
                    + GRAMS_PER_KWH_PER_LBS_PER_MWH + ")");
            return GRAMS_PER_KWH_PER_LBS_PER_MWH;
        }
        if (text.equals("g_co2_per_kwh") || text.equals("gco2/kwh") || text.equals("g/kwh")) {
            return 1.0;
        }
        in.problem("meta.units", units, "\"" + units.text() + "\" is not an emission rate the explorer can use;"
                + " expected " + LBS + " or g_co2_per_kwh");
        return Double.NaN;
    }

    private static OptionalInt period(Node meta, FieldReader in) {
        Node n = meta == null ? null : meta.get("data_point_period_seconds");
        if (n == null) {
            return OptionalInt.empty();
        }
        Integer seconds = in.integer(n, "meta.data_point_period_seconds", null);
        if (seconds == null) {
            return OptionalInt.empty();
        }
        if (seconds < 60 || seconds % 60 != 0) {
            in.problem("meta.data_point_period_seconds", n, seconds + " seconds is not a whole number of minutes");
            return OptionalInt.empty();
        }
        return OptionalInt.of(seconds / 60);
    }

    /** Whether a list entry looks like WattTime's {point_time, value}. */
    static boolean isEntry(Node entry) {
        return entry.kind() == Kind.OBJECT && entry.get("point_time") != null;
    }
}
