package io.carbonrouter.explorer.engine;

/** Read access to the credit ledger, as a strategy sees it. */
public interface LedgerView {

    double balance();

    double creditMin();

    double creditMax();

    double targetError();

    /**
     * How much balance one step of precision above the target earns (the engine's creditSensitivity); the
     * engine default for a ledger that does not say.
     */
    default double creditSensitivity() {
        return PolicyConfig.DEFAULTS.creditSensitivity();
    }

    /** Mean of the remembered deltas, 0 when there are none. */
    double velocity();
}
