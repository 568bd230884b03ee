package io.carbonrouter.explorer.io;

import io.carbonrouter.explorer.simulation.Limits;

/**
 * Refuses YAML text with a run of more than {@link Limits#MAX_SCALAR_CHARS} characters without a blank before the
 * YAML parser sees it: the parser's cost grows with the square of such a run (a 10 MiB name took a minute), while
 * this scan is one pass. Curves written as flow lists have a blank after each comma, so they pass.
 */
final class ScalarScan {

    private ScalarScan() {
    }

    static void check(String text, String source) {
        int run = 0;
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                run = 0;
                if (c == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            } else if (++run > Limits.MAX_SCALAR_CHARS) {
                int column = i - run + 2 - lineStart;
                throw new InputException(source + ": a value of more than " + Limits.MAX_SCALAR_CHARS
                        + " characters without a blank (line " + line + ", column " + Math.max(1, column)
                        + "); the limit is " + Limits.MAX_SCALAR_CHARS);
            }
        }
    }
}
