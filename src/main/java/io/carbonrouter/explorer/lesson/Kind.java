package io.carbonrouter.explorer.lesson;

/** What a lesson field holds, which decides how it is written and which comparisons it allows. */
public enum Kind {
    NUMBER, TEXT, BOOLEAN;

    /** Parses a literal of this kind; null when {@code text} is not one. */
    Object parse(String text) {
        switch (this) {
            case NUMBER:
                try {
                    double v = Double.parseDouble(text);
                    return Double.isFinite(v) ? v : null;
                } catch (NumberFormatException e) {
                    return null;
                }
            case BOOLEAN:
                return "true".equals(text) ? Boolean.TRUE : "false".equals(text) ? Boolean.FALSE : null;
            default:
                return text;
        }
    }

    String describe() {
        return this == NUMBER ? "a number" : this == BOOLEAN ? "true or false" : "text";
    }
}
