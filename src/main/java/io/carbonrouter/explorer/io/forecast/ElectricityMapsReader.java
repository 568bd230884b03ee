package io.carbonrouter.explorer.io.forecast;

import io.carbonrouter.explorer.io.LocatedTree.Kind;
import io.carbonrouter.explorer.io.LocatedTree.Node;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An Electricity Maps carbon-intensity response: {@code {"zone": "DE", "forecast": [{"carbonIntensity": 302,
 * "datetime": "2022-09-12T21:00:00.000Z"}]}}. The history and past-range endpoints list the same entries under
 * {@code history} or {@code data}, and read the same way. The slot length comes from the times.
 */
final class ElectricityMapsReader {

    static final List<String> LISTS = List.of("forecast", "history", "data");

    private ElectricityMapsReader() {
    }

    static ImportedForecast read(Node root, String source) {
        JsonValues values = new JsonValues();
        String field = LISTS.stream().filter(f -> root.get(f) != null).findFirst().orElse("forecast");
        List<Node> entries = values.list(root, field, field);
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String path = field + "[" + i + "]";
            Node entry = entries.get(i);
            if (!values.reader().isObject(entry, path)) {
                continue;
            }
            Optional<Instant> time = values.time(entry, "datetime", path + ".datetime");
            double v = values.value(entry.get("carbonIntensity"), path + ".carbonIntensity");
            time.ifPresent(t -> samples.add(new Sample(t, v, Double.NaN, path + ".datetime",
                    entry.get("datetime").where())));
        }
        return Curves.timed(source, ForecastFormat.ELECTRICITY_MAPS, samples, OptionalInt.empty(), false,
                values.warnings(), values.reader().problems());
    }

    /** Whether a list entry looks like Electricity Maps' {carbonIntensity, datetime}. */
    static boolean isEntry(Node entry) {
        return entry.kind() == Kind.OBJECT && entry.get("datetime") != null && entry.get("carbonIntensity") != null;
    }
}
