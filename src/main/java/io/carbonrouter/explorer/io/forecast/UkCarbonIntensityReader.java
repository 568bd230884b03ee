package io.carbonrouter.explorer.io.forecast;

import io.carbonrouter.explorer.io.FieldReader;
import io.carbonrouter.explorer.io.LocatedTree.Kind;
import io.carbonrouter.explorer.io.LocatedTree.Node;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A response of the UK Carbon Intensity API (api.carbonintensity.org.uk): national
 * {@code {"data": [{"from", "to", "intensity": {"forecast", "actual", "index"}}]}}, or a regional one where the
 * slots sit one level down ({@code data.data} or {@code data[0].data}). The slot length is each entry's
 * {@code to - from}. The file fills both curves: the actual grid takes the preferred value (the other where
 * it is missing) and the forecast curve takes the forecast (the actual where there is none).
 */
final class UkCarbonIntensityReader {

    private UkCarbonIntensityReader() {
    }

    static ImportedForecast read(Node root, String source, ForecastSource preferred) {
        JsonValues values = new JsonValues();
        FieldReader in = values.reader();
        Node data = root.get("data");
        String path = "data";
        if (data != null && data.kind() == Kind.OBJECT && data.get("data") != null) {
            path = "data.data";
            data = data.get("data");
        } else if (data != null && data.kind() == Kind.ARRAY && isRegion(data)) {
            if (data.items().size() != 1) {
                in.problem("data", data, "holds " + data.items().size() + " regions; import one region's"
                        + " response");
            }
            path = "data[0].data";
            data = data.items().get(0).get("data");
        }
        List<Node> entries = data == null ? values.list(root, "data", "data") : in.isArray(data, path)
                ? data.items() : List.of();
        Slots slots = new Slots(values, preferred);
        for (int i = 0; i < entries.size(); i++) {
            slots.add(entries.get(i), path + "[" + i + "]");
        }
        slots.warnFallbacks();
        return Curves.timed(source, ForecastFormat.UK_CARBON_INTENSITY, slots.samples, slots.slotMinutes, false,
                true, values.warnings(), in.problems());
    }

    private static boolean isRegion(Node data) {
        Node first = data.items().isEmpty() ? null : data.items().get(0);
        return first != null && first.kind() == Kind.OBJECT && first.get("data") != null && first.get("from") == null;
    }

    /** The entries read so far, the slot length they agree on, and how often the other value stood in. */
    private static final class Slots {
        private final JsonValues values;
        private final ForecastSource preferred;
        private final List<Sample> samples = new ArrayList<>();
        private OptionalInt slotMinutes = OptionalInt.empty();
        private int fallbacks;
        private int forecastFallbacks;

        Slots(JsonValues values, ForecastSource preferred) {
            this.values = values;
            this.preferred = preferred;
        }

        void add(Node entry, String path) {
            FieldReader in = values.reader();
            if (!in.isObject(entry, path)) {
                return;
            }
            Optional<Instant> from = values.time(entry, "from", path + ".from");
            Optional<Instant> to = values.time(entry, "to", path + ".to");
            Node intensity = entry.get("intensity");
            if (intensity == null || !in.isObject(intensity, path + ".intensity")) {
                if (intensity == null) {
                    in.problem(path + ".intensity", entry, "is missing");
                }
                return;
            }
            double forecast = values.value(intensity.get("forecast"), path + ".intensity.forecast");
            double actual = values.value(intensity.get("actual"), path + ".intensity.actual");
            double first = preferred == ForecastSource.FORECAST ? forecast : actual;
            double second = preferred == ForecastSource.FORECAST ? actual : forecast;
            if (Double.isNaN(first) && !Double.isNaN(second)) {
                fallbacks++;
            }
            if (Double.isNaN(forecast) && !Double.isNaN(actual) && preferred != ForecastSource.FORECAST) {
                forecastFallbacks++;
            }
            if (from.isPresent() && to.isPresent() && length(from.get(), to.get(), entry.get("to"), path)) {
                samples.add(new Sample(from.get(), Double.isNaN(first) ? second : first, Double.NaN,
                        Double.isNaN(forecast) ? actual : forecast, path + ".from", entry.get("from").where()));
            }
        }

        /** Checks the entry's length against the others'; records it from the first entry. */
        private boolean length(Instant from, Instant to, Node toNode, String path) {
            long seconds = Duration.between(from, to).getSeconds();
            FieldReader in = values.reader();
            if (seconds <= 0 || seconds % 60 != 0) {
                in.problem(path + ".to", toNode, "the slot must end a whole number of minutes after it starts");
                return false;
            }
            int minutes = (int) Math.min(Integer.MAX_VALUE, seconds / 60);
            if (slotMinutes.isEmpty()) {
                slotMinutes = OptionalInt.of(minutes);
            } else if (slotMinutes.getAsInt() != minutes) {
                in.problem(path + ".to", toNode, "the slot lasts " + minutes + " min but earlier slots last "
                        + slotMinutes.getAsInt() + " min");
                return false;
            }
            return true;
        }

        void warnFallbacks() {
            if (forecastFallbacks > 0) {
                values.reader().warnings().add(forecastFallbacks + " slot" + (forecastFallbacks == 1 ? " has"
                        : "s have") + " no forecast value; the forecast curve takes the actual value there");
            }
            if (fallbacks == 0) {
                return;
            }
            ForecastSource other = preferred == ForecastSource.FORECAST ? ForecastSource.ACTUAL
                    : ForecastSource.FORECAST;
            values.reader().warnings().add(fallbacks + " slot" + (fallbacks == 1 ? " has" : "s have") + " no "
                    + preferred.label() + " value; the " + other.label() + " value is used there");
        }
    }
}
