package io.carbonrouter.explorer.engine;

import java.util.Objects;

/** What a strategy decided for one step: traffic shares, the precision they give, and why. */
public record PolicyResult(Weights weights, double avgPrecision, PolicyDiagnostics diagnostics) {

    public PolicyResult {
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(diagnostics, "diagnostics");
    }
}
