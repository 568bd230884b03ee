package io.carbonrouter.explorer.cli;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Random hostile mutations of the sample scenarios either run or are refused with one line: never exit 3, never
 * a hang (each case has a time limit), never NaN or Infinity in what is written.
 */
class HostileMutationProperties {

    private static final List<String> SAMPLES = List.of("winter-day", "summer-solar", "windy-week",
            "grid-emergency", "flat-grid", "volatile-grid", "five-flavours-coal-grid");
    private static final List<String> VALUES = List.of("1e308", "-1e308", "2147483647", "-2147483648", "1e8", "-5",
            "0", "-0", "4.9e-324", ".nan", ".inf", "-.inf", "\"\"", "[]", "{}", "~", "x\\ny", "'\\t'", "1e12",
            "9223372036854775807", "+999999999-01-01T00:00:00Z", "[1e308, 1e308]", "&a 1", "*a", "!!binary AA==",
            "? [a]", "\"\\u0000\"", "true", "2147483648");
    private static final long CASE_SECONDS = 30;

    /** One way to damage a file: replace a number, cut, duplicate or delete a line, or insert raw text. */
    record Mutation(String sample, int kind, int position, String value) {

        String apply(String text) {
            List<String> lines = text.lines().toList();
            int at = Math.floorMod(position, Math.max(1, lines.size()));
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (i != at) {
                    out.append(line).append('\n');
                    continue;
                }
                switch (kind) {
                    case 0 -> out.append(line.replaceFirst("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?", value)).append('\n');
                    case 1 -> out.append(line, 0, Math.floorMod(position, Math.max(1, line.length())));
                    case 2 -> out.append(line).append('\n').append(line).append('\n');
                    case 3 -> out.append('\n');
                    default -> out.append(line).append('\n').append(value).append('\n');
                }
            }
            return out.toString();
        }
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        return Combinators.combine(Arbitraries.of(SAMPLES), Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(0, 10_000), Arbitraries.of(VALUES)).as(Mutation::new);
    }

    @Property(tries = 120)
    void aMutatedScenarioRunsOrIsRefusedOnOneLine(@ForAll("mutations") Mutation m) throws Exception {
        Path dir = Files.createTempDirectory("hostile");
        Path file = dir.resolve("m.yaml");
        Files.writeString(file, m.apply(Files.readString(Path.of("sample-data/scenarios", m.sample() + ".yaml"))));
        Path out = dir.resolve("out.json");

        CliRun r = within(() -> CliRun.of("simulate", file.toString(), "--out", out.toString()), m);
        String written = Files.exists(out) ? Files.readString(out) : "";
        Files.deleteIfExists(out);
        Files.delete(file);
        Files.delete(dir);

        assertThat(r.code()).as(m + ": " + r.err()).isIn(0, 1, 2);
        if (r.code() == 0) {
            assertThat(written).as(m.toString()).isNotEmpty().doesNotContain("NaN").doesNotContain("Infinity");
        } else {
            r.failsWithOneLine(r.code());
        }
    }

    @Property(tries = 25)
    void aMutatedScenarioComparesOrIsRefusedOnOneLine(@ForAll("mutations") Mutation m) throws Exception {
        Path dir = Files.createTempDirectory("hostile");
        Path file = dir.resolve("m.yaml");
        Files.writeString(file, m.apply(Files.readString(Path.of("sample-data/scenarios", m.sample() + ".yaml"))));

        CliRun r = within(() -> CliRun.of("compare", file.toString(), "--format", "json"), m);
        Files.delete(file);
        Files.delete(dir);

        assertThat(r.code()).as(m + ": " + r.err()).isIn(0, 1, 2);
        assertThat(r.out()).as(m.toString()).doesNotContain("NaN").doesNotContain("Infinity");
        if (r.code() != 0) {
            r.failsWithOneLine(r.code());
        }
    }

    /** Runs the case on its own thread so that a hang fails the property instead of the build. */
    private static CliRun within(Callable<CliRun> run, Mutation m) throws Exception {
        ExecutorService one = Executors.newSingleThreadExecutor();
        try {
            Future<CliRun> f = one.submit(run);
            return f.get(CASE_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            return fail("hung for " + CASE_SECONDS + " s: " + m);
        } finally {
            one.shutdownNow();
        }
    }
}
