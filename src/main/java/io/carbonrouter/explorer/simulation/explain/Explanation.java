package io.carbonrouter.explorer.simulation.explain;

import java.util.List;

/**
 * A plain-language account of one step's decision: a headline and short paragraphs, in reading order
 * (how the strategy decided, the resulting split, what it did to the ledger).
 */
public record Explanation(String headline, List<String> paragraphs) {

    public Explanation {
        paragraphs = List.copyOf(paragraphs);
    }

    /** Headline and paragraphs, a blank line apart. */
    public String text() {
        return headline + "\n\n" + String.join("\n\n", paragraphs);
    }
}
