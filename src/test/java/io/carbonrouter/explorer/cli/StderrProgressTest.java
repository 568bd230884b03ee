package io.carbonrouter.explorer.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class StderrProgressTest {

    private final StringWriter text = new StringWriter();
    private final AtomicLong now = new AtomicLong();

    private StderrProgress progress(boolean terminal) {
        return new StderrProgress(new PrintWriter(text, true), "compare", terminal, now::get);
    }

    @Test
    void withoutATerminalItWritesOneLinePerTenthWithTheTimeLeft() {
        StderrProgress p = progress(false);
        for (int done = 1; done <= 707; done++) {
            now.addAndGet(100_000_000L);
            p.update(done, 707);
        }
        p.finish();

        String[] lines = text.toString().split("\n");
        assertThat(lines).hasSize(10);
        assertThat(lines[0]).isEqualTo("compare: 10 % (71 of 707 runs, 7 s), about 1 min 04 s left");
        assertThat(lines[9]).isEqualTo("compare: 100 % (707 of 707 runs, 1 min 11 s)");
    }

    @Test
    void onATerminalItRedrawsOneBarInPlaceAtMostTenTimesASecond() {
        StderrProgress p = progress(true);
        for (int done = 1; done <= 100; done++) {
            now.addAndGet(25_000_000L);
            p.update(done, 100);
        }
        p.finish();

        String out = text.toString();
        assertThat(out.split("\r", -1)).hasSize(1 + 26);
        assertThat(out).contains("\rcompare [###############...............]  53 % 53/100 runs, about 1 s left")
                .endsWith("\rcompare [##############################] 100 % 100/100 runs" + " ".repeat(20) + "\n");
    }
}
