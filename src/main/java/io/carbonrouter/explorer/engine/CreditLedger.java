package io.carbonrouter.explorer.engine;

/**
 * The quality credit ledger: positive balance is a quality surplus, negative a debt. It remembers the last
 * {@code creditWindow} deltas in a ring buffer; their sum is kept incrementally and recomputed exactly each
 * time the ring wraps, so long runs do not drift.
 */
public final class CreditLedger implements LedgerView {

    private PolicyConfig config;
    private double balance;
    private double[] deltas;
    private int head;
    private int count;
    private double sum;

    public CreditLedger(PolicyConfig config, double initialBalance) {
        this.config = config;
        this.balance = initialBalance;
        this.deltas = new double[Math.max(1, config.creditWindow())];
    }

    /** Records the precision just served and returns the new balance. */
    public double update(double avgPrecision) {
        double err = EngineMath.max(0.0, 1.0 - avgPrecision);
        double delta = (config.targetError() - err) * config.creditSensitivity();
        if (count == deltas.length) {
            sum -= deltas[head];
        } else {
            count++;
        }
        deltas[head] = delta;
        sum += delta;
        head++;
        if (head == deltas.length) {
            head = 0;
            sum = exactSum();
        }
        balance = EngineMath.clamp(balance + delta, config.creditMin(), config.creditMax());
        return balance;
    }

    /** Applies new limits mid-run, keeping the balance and the most recent deltas that fit the new window. */
    public void reconfigure(PolicyConfig newConfig) {
        int window = Math.max(1, newConfig.creditWindow());
        double[] recent = recentDeltas();
        int keep = Math.min(window, recent.length);
        double[] next = new double[window];
        System.arraycopy(recent, recent.length - keep, next, 0, keep);
        deltas = next;
        count = keep;
        head = keep % window;
        config = newConfig;
        sum = exactSum();
    }

    private double[] recentDeltas() {
        double[] out = new double[count];
        int start = count == deltas.length ? head : 0;
        for (int i = 0; i < count; i++) {
            out[i] = deltas[(start + i) % deltas.length];
        }
        return out;
    }

    /** The sum of the remembered deltas, oldest first, without copying them. */
    private double exactSum() {
        double s = 0.0;
        int start = count == deltas.length ? head : 0;
        // Oldest first, as (start + i) % length, in two runs instead of a division per delta.
        int firstRun = Math.min(count, deltas.length - start);
        for (int i = start; i < start + firstRun; i++) {
            s += deltas[i];
        }
        for (int i = 0; i < count - firstRun; i++) {
            s += deltas[i];
        }
        return s;
    }

    @Override
    public double balance() {
        return balance;
    }

    @Override
    public double creditMin() {
        return config.creditMin();
    }

    @Override
    public double creditMax() {
        return config.creditMax();
    }

    @Override
    public double targetError() {
        return config.targetError();
    }

    @Override
    public double creditSensitivity() {
        return config.creditSensitivity();
    }

    @Override
    public double velocity() {
        return velocity(sum, count);
    }

    /** The mean of {@code count} deltas summing to {@code sum}; 0 without any. */
    static double velocity(double sum, int count) {
        return count == 0 ? 0.0 : sum / count;
    }

    /** Writes the balance and what the velocity is made of into {@code out}. */
    void into(StepBuffer out) {
        out.ledger(balance, sum, count);
    }

    public PolicyConfig config() {
        return config;
    }
}
