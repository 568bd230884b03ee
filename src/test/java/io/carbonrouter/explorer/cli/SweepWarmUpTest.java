package io.carbonrouter.explorer.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The sweep's early warm-up: which strategies it reads from the raw arguments, and that it always ends. */
class SweepWarmUpTest {

    @Test
    void readsThePolicyOptionAsPicocliDoesInEveryForm() {
        assertThat(SweepCommand.namedIn(new String[] {"sweep", "s.yaml", "--policy", "p100,random"}))
                .containsExactly("p100", "random");
        assertThat(SweepCommand.namedIn(new String[] {"sweep", "--policy=credit-greedy", "-p", "p100", "-prandom",
                "-p=round-robin", "s.yaml"})).containsExactly("credit-greedy", "p100", "random", "round-robin");
        assertThat(SweepCommand.namedIn(new String[] {"sweep", "s.yaml", "--param", "targetError=0.1:0.2:0.1"}))
                .isEmpty();
        assertThat(SweepCommand.namedIn(new String[] {"sweep", "s.yaml", "--policy"})).isEmpty();
        assertThat(SweepCommand.namedIn(new String[] {"sweep", "--", "--policy", "p100"})).isEmpty();
        assertThat(SweepCommand.namedIn(new String[] {"sweep", "--policy", ",p100,,"})).containsExactly("p100");
    }

    @Test
    void aSweepCommandThatEndsBeforeItsRunsStartLeavesNoWarmUpRunning() throws InterruptedException {
        assertThat(CliRun.of("sweep", "--no-such-option").code()).isEqualTo(2);
        assertThat(CliRun.of("sweep", "--help").out()).contains("Usage:");
        assertThat(CliRun.of("sweep", "missing.yaml", "--param", "targetError=0.1:0.2:0.1", "--policy", "p100")
                .err()).contains("missing.yaml");

        assertThat(warmUpsEnded(5_000)).as("warm-up threads still running").isTrue();
    }

    /** Whether every warm-up thread has ended within {@code millis}. */
    private static boolean warmUpsEnded(long millis) throws InterruptedException {
        long end = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < end) {
            boolean any = Thread.getAllStackTraces().keySet().stream()
                    .anyMatch(t -> t.getName().equals("sweep-warm-up") && t.isAlive());
            if (!any) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }
}
