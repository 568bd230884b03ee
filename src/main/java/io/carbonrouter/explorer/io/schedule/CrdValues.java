package io.carbonrouter.explorer.io.schedule;

import java.util.regex.Pattern;

/** How text travels in a TrafficSchedule: quoted or plain YAML scalars, and safe comment lines. */
final class CrdValues {

    private static final Pattern YAML_WORDS =
            Pattern.compile("y|n|yes|no|true|false|on|off|null|nan|inf", Pattern.CASE_INSENSITIVE);

    private CrdValues() {
    }

    /**
     * A YAML double-quoted scalar, safe for any text: quotes, backslashes, control characters, and characters
     * YAML treats as line breaks or refuses in a stream (NEL, LS, PS, BOM, surrogates) are escaped.
     */
    static String quoted(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029 || c == 0xfeff
                    || c >= 0xfffe || Character.isSurrogate(c)) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    /**
     * A Kubernetes name as a YAML scalar: plain, unless YAML would read it as something other than text
     * (a number such as {@code 123} or {@code 1e3}, or a YAML 1.1 word such as {@code yes}, {@code on},
     * {@code null}).
     */
    static String plainOrQuoted(String name) {
        boolean special = name.isEmpty() || Character.isDigit(name.charAt(0)) || name.charAt(0) == '.'
                || name.charAt(0) == '-' || YAML_WORDS.matcher(name).matches();
        return special ? quoted(name) : name;
    }

    /** Text made safe for one comment line: control characters (line breaks among them) become spaces. */
    static String commentText(String text) {
        return text.replaceAll("\\p{Cntrl}", " ");
    }
}
