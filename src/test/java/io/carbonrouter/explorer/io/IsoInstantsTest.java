package io.carbonrouter.explorer.io;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IsoInstantsTest {

    private static String text(IsoInstants times, Instant t) {
        StringBuilder out = new StringBuilder();
        times.append(out, t);
        return out.toString();
    }

    @Test
    void printsAsInstantToStringDoes() {
        IsoInstants times = new IsoInstants();
        Instant[] cases = {Instant.EPOCH, Instant.parse("2030-01-01T00:00:00Z"), Instant.parse("2030-01-01T00:00:15Z"),
            Instant.parse("1969-12-31T23:59:59.5Z"), Instant.parse("2030-06-30T12:34:56.120Z"),
            Instant.parse("2030-06-30T12:34:56.000120Z"), Instant.parse("2030-06-30T12:34:56.000000001Z"),
            Instant.parse("0001-01-01T00:00:00Z"), Instant.parse("9999-12-31T23:59:59.999999999Z"),
            Instant.parse("+10000-01-01T00:00:00Z"), Instant.parse("-0001-06-01T10:00:00Z"), Instant.MAX, Instant.MIN};
        for (Instant t : cases) {
            assertEquals(t.toString(), text(times, t), t.toString());
        }
    }

    @Test
    void keepsTheDayOnlyWhileItLasts() {
        IsoInstants times = new IsoInstants();
        SplittableRandom random = new SplittableRandom(7);
        Instant t = Instant.parse("2029-12-31T23:00:00Z");
        for (int i = 0; i < 20_000; i++) {
            t = t.plusNanos(random.nextLong(1, 40_000_000_000L));
            if (i % 3 == 0) {
                t = t.plusNanos(-t.getNano() % 1_000_000);
            }
            assertEquals(t.toString(), text(times, t));
        }
    }
}
