package io.carbonrouter.explorer.engine;

/** Read access to the credit ledger, as a strategy sees it. */
public interface LedgerView {

    double balance();

    double creditMin();

    double creditMax();

    double targetError();

    /** Mean of the remembered deltas, 0 when there are none. */
    double velocity();
}
