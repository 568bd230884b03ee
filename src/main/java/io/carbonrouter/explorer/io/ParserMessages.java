package io.carbonrouter.explorer.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parser's complaint in the user's terms: what is wrong in the file (a comment in JSON, NaN, a number with 401
 * digits, the file ending inside a list), never the parser's feature flags, class names or limits' getters. The
 * caller adds the file, line and column.
 */
final class ParserMessages {

    private static final Pattern LENGTH = Pattern.compile(
            "(Number|String|Name) value length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+).*");
    private static final Pattern DEPTH = Pattern.compile("Document nesting depth \\((\\d+)\\) exceeds.*\\((\\d+).*");
    private static final Pattern TOKEN = Pattern.compile("Non-standard token '([^']*)'.*");
    private static final Pattern UNRECOGNIZED = Pattern.compile("Unrecognized token '([^']*)'.*");
    private static final Pattern END = Pattern.compile("Unexpected end-of-input: expected close marker for (Array|"
            + "Object) \\(start marker at .*line: (\\d+), column: (\\d+)\\]\\).*");
    private static final Pattern CTRL = Pattern.compile("Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\).*");
    private static final Pattern CHAR = Pattern.compile("Unexpected character \\('(.{1,2})' \\(code \\d+\\)\\):?(.*)");
    private static final Pattern CLOSE = Pattern.compile("Unexpected close marker '(.)': expected '(.)'.*");
    private static final List<String[]> YAML_WORDS = List.of(
            new String[] {"<stream end>", "the end of the file"},
            new String[] {"unexpected end of stream", "the end of the file"},
            new String[] {"<document end>", "the end of the document"},
            new String[] {"flow sequence", "list [ ]"},
            new String[] {"flow node", "list or mapping"},
            new String[] {"flow mapping", "mapping { }"},
            new String[] {"block mapping", "mapping"},
            new String[] {"block sequence", "list"},
            new String[] {"block collection", "indented block"},
            new String[] {"quoted scalar", "text in quotes"},
            new String[] {"plain scalar", "value"},
            new String[] {"<block end>", "the end of an indented block"},
            new String[] {"<scalar>", "a value"},
            new String[] {"<block mapping start>", "an indented mapping"},
            new String[] {"<block sequence start>", "an indented list"});

    private ParserMessages() {
    }

    /** "malformed: " and what is wrong. */
    static String of(JsonProcessingException e) {
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().replaceAll("\\s+", " ").trim();
        if (m.startsWith("Expected a field name")) {
            return "a key must be text, not a list or a mapping";
        }
        if (m.startsWith("Duplicate field ")) {
            return "duplicate key " + m.substring("Duplicate field ".length());
        }
        return "malformed: " + (e.getCause() instanceof MarkedYAMLException y ? yaml(y) : json(m));
    }

    private static String json(String m) {
        Matcher x;
        if (m.contains("maybe a (non-standard) comment") || m.contains("YAML-style comment")) {
            return "a comment, which JSON does not allow";
        }
        if ((x = LENGTH.matcher(m)).matches()) {
            String what = x.group(1).equals("Number") ? "a number of " + x.group(2) + " digits"
                    : "a text of " + x.group(2) + " characters";
            return what + "; at most " + x.group(3) + " are read";
        }
        if ((x = DEPTH.matcher(m)).matches()) {
            return "nested " + x.group(1) + " levels deep; at most " + x.group(2);
        }
        if ((x = TOKEN.matcher(m)).matches()) {
            return x.group(1) + " is not a number JSON allows; write a finite number";
        }
        if ((x = END.matcher(m)).matches()) {
            return "the file ends inside a " + (x.group(1).equals("Array") ? "list [ ]" : "mapping { }")
                    + " opened at line " + x.group(2) + ", column " + x.group(3);
        }
        if (m.startsWith("Unexpected end-of-input")) {
            return m.contains("quote") || m.contains("String") ? "the file ends inside a text in quotes"
                    : "the file ends in the middle of the document";
        }
        if ((x = CTRL.matcher(m)).matches()) {
            int code = Integer.parseInt(x.group(1));
            String name = code == 9 ? "a tab (write \\t)" : code == 10 || code == 13 ? "a line break (write \\n)"
                    : String.format("the control character U+%04X", code);
            return name + " inside a text in quotes";
        }
        if ((x = UNRECOGNIZED.matcher(m)).matches()) {
            return "'" + x.group(1) + "' is not a JSON value (text needs double quotes)";
        }
        if ((x = CLOSE.matcher(m)).matches()) {
            return "a '" + x.group(1) + "' where a '" + x.group(2) + "' should close what is open";
        }
        if ((x = CHAR.matcher(m)).matches()) {
            String rest = x.group(2).trim();
            return "unexpected '" + x.group(1) + "'" + (rest.isEmpty() ? "" : ": " + plain(rest));
        }
        if (m.startsWith("Invalid numeric value: Leading zeroes")) {
            return "a number with a leading zero (write 7, not 07)";
        }
        if (m.startsWith("Unrecognized character escape")) {
            return "an unknown escape after a backslash in a text in quotes";
        }
        return plain(m);
    }

    /** Drops the parser's feature flags, limits' getters and source descriptions from a message. */
    private static String plain(String m) {
        String s = m.replaceAll(" ?\\(JSON String, Number, Array, Object or token 'null', 'true' or 'false'\\)", "")
                .replace("a valid value", "a value");
        s = s.replaceAll("\\(?not recognized as one since Feature[^)]*\\)?", "");
        s = s.replaceAll(";? ?enable `[^`]*` to allow", "");
        s = s.replaceAll("\\(start marker at \\[Source:[^]]*\\]\\)", "");
        s = s.replaceAll("\\[Source:[^]]*\\]", "");
        s = s.replaceAll("`[^`]*`", "");
        s = s.replaceAll("\\(code \\d+\\)", "");
        return LibraryNames.strip(s).replaceAll("\\s+([:;,)])", "$1").trim();
    }

    /** Where the parser stopped: the YAML parser's own mark when it has one, else {@code fallback}. */
    static String where(JsonProcessingException e, String fallback) {
        if (e.getCause() instanceof MarkedYAMLException y && y.getProblemMark() != null) {
            return "line " + (y.getProblemMark().getLine() + 1) + ", column " + (y.getProblemMark().getColumn() + 1);
        }
        return fallback;
    }

    private static String yaml(MarkedYAMLException y) {
        String problem = words(String.valueOf(y.getProblem()));
        String context = y.getContext() == null ? null : words(y.getContext());
        if (problem.startsWith("found character '\\t(TAB)' that cannot start any token")) {
            return "a tab used for indentation; indent with spaces";
        }
        if (problem.startsWith("mapping values are not allowed here")) {
            return "a ': ' where no key can start (put a value holding ': ' in quotes)";
        }
        Mark opened = y.getContextMark();
        String at = opened == null ? "" : " opened at line " + (opened.getLine() + 1) + ", column "
                + (opened.getColumn() + 1);
        if (problem.contains("the end of the file") && context != null && context.startsWith("while ")) {
            String what = context.replaceFirst("^while (parsing|scanning) (an? )?", "");
            return "the file ends inside a " + what + at;
        }
        return LibraryNames.strip(problem) + (context == null ? "" : " (" + context + at + ")");
    }

    private static String words(String text) {
        String s = text;
        for (String[] w : YAML_WORDS) {
            s = s.replace(w[0], w[1]);
        }
        return s.replaceAll("\\s+", " ").trim();
    }
}
