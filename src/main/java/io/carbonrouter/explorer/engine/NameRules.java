package io.carbonrouter.explorer.engine;

/**
 * What a name (a scenario's, a flavour's, a strategy's) must be to be shown and quoted on one line: present,
 * with a visible character, without line breaks or other control characters. Callers trim it first.
 */
public final class NameRules {

    private NameRules() {
    }

    /** Why {@code name} cannot be a name ("is missing", ...), or null when it can. */
    public static String problem(String name) {
        if (name == null) {
            return "is missing";
        }
        boolean visible = false;
        for (int i = 0; i < name.length(); i = name.offsetByCodePoints(i, 1)) {
            int c = name.codePointAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                return "holds a line break";
            }
            if (Character.isISOControl(c)) {
                return String.format("holds the control character U+%04X", c);
            }
            visible |= isVisible(c);
        }
        return visible ? null : name.isEmpty() ? "is empty" : "has no visible character";
    }

    /**
     * Trimmed of spaces and invisible characters (zero-width spaces, byte-order marks) at either end; a line
     * break or control character stays, so that {@link #problem} refuses it.
     */
    public static String trim(String name) {
        if (name == null) {
            return null;
        }
        int start = 0;
        int end = name.length();
        while (start < end && isBlank(name.codePointAt(start))) {
            start = name.offsetByCodePoints(start, 1);
        }
        while (end > start && isBlank(name.codePointBefore(end))) {
            end = name.offsetByCodePoints(end, -1);
        }
        return name.substring(start, end);
    }

    private static boolean isBlank(int c) {
        return !isVisible(c) && !Character.isISOControl(c) && c != '\u2028' && c != '\u2029';
    }

    private static boolean isVisible(int c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
            return false;
        }
        return Character.getType(c) != Character.FORMAT;
    }

    /** The name in single quotes, with line breaks, control and invisible characters escaped, so it stays on one line. */
    public static String quote(String name) {
        if (name == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder(name.length() + 2).append('\'');
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '\n') {
                b.append("\\n");
            } else if (c == '\t') {
                b.append("\\t");
            } else if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT || c == '\u2028'
                    || c == '\u2029') {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('\'').toString();
    }
}
