package io.carbonrouter.explorer.io;

import java.util.regex.Pattern;

/**
 * YAML 1.2 lets a tab separate a key's colon or a list's dash from the value ({@code key:<TAB>value}); the YAML
 * 1.1 parser refuses it. Such a tab becomes a space (one for one, so columns in messages stay right); tabs
 * inside quotes, comments and block scalars are left alone, and indentation tabs stay refused.
 */
final class YamlTabs {

    private static final Pattern BLOCK_START = Pattern.compile(".*(?:^|[:\\s-])\\s*[|>][-+0-9]*\\s*(?:#.*)?$");

    private YamlTabs() {
    }

    static String separate(String text) {
        if (text.indexOf('\t') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int blockIndent = -1;
        boolean single = false;
        boolean dbl = false;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            String line = text.substring(start, end < 0 ? text.length() : end);
            int indent = indentOf(line);
            if (blockIndent >= 0 && (line.isBlank() || indent > blockIndent)) {
                out.append(line);
            } else {
                blockIndent = -1;
                char[] c = line.toCharArray();
                boolean content = false;
                for (int i = 0; i < c.length; i++) {
                    char ch = c[i];
                    if (dbl) {
                        if (ch == '\\') {
                            i++;
                        } else if (ch == '"') {
                            dbl = false;
                        }
                    } else if (single) {
                        single = ch != '\'';
                    } else if (ch == '#' && (i == 0 || c[i - 1] == ' ' || c[i - 1] == '\t')) {
                        break;
                    } else if (ch == '"') {
                        dbl = true;
                    } else if (ch == '\'' && (i == 0 || !Character.isLetterOrDigit(c[i - 1]))) {
                        single = true;
                    } else if (ch == ':' || ch == '-' && !content || ch == ',') {
                        for (int j = i + 1; j < c.length && c[j] == '\t'; j++) {
                            c[j] = ' ';
                        }
                    }
                    content |= ch != ' ' && ch != '-' && ch != '\t';
                }
                String done = new String(c);
                out.append(done);
                if (!single && !dbl && BLOCK_START.matcher(done).matches()) {
                    blockIndent = indent;
                }
            }
            if (end < 0) {
                break;
            }
            out.append('\n');
            start = end + 1;
        }
        return out.toString();
    }

    private static int indentOf(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
