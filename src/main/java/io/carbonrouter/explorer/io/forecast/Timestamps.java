package io.carbonrouter.explorer.io.forecast;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * ISO-8601 times as the forecast APIs write them: {@code 2024-01-20T12:00Z} (UK, no seconds),
 * {@code 2022-09-12T21:00:00.000Z} (Electricity Maps), {@code 2023-08-01T00:00:00+00:00} (WattTime). A time
 * without an offset is read as UTC; a space instead of the {@code T}, as spreadsheets write it, is accepted.
 */
final class Timestamps {

    /** A parsed time, and whether it had no offset of its own so UTC was assumed. */
    record Parsed(Instant instant, boolean utcAssumed) {
    }

    private Timestamps() {
    }

    /** The time, or empty when the text is not an ISO-8601 date and time. */
    static Optional<Parsed> parse(String text) {
        String t = text.trim();
        if (t.length() > 10 && t.charAt(10) == ' ') {
            t = t.substring(0, 10) + 'T' + t.substring(11);
        }
        try {
            return Optional.of(new Parsed(OffsetDateTime.parse(t).toInstant(), false));
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(new Parsed(LocalDateTime.parse(t).toInstant(ZoneOffset.UTC), true));
            } catch (DateTimeParseException e2) {
                return Optional.empty();
            }
        }
    }
}
