package io.carbonrouter.explorer.io;

import java.util.regex.Pattern;

/** Drops the parser libraries' class names from their messages: the user did not write a SnakeYAML node. */
final class LibraryNames {

    private static final Pattern CLASS = Pattern.compile(
            "\\b(?:org\\.yaml\\.snakeyaml|com\\.fasterxml\\.jackson|java\\.lang|java\\.util)(?:\\.[\\w$]+)+(@\\w+)?"
                    + "(?:\\([^()]*\\))?");
    private static final Pattern NODE = Pattern.compile("<[^<>]*\\b(?:Node|Tag|Mark)\\b[^<>]*>");

    private LibraryNames() {
    }

    static String strip(String message) {
        if (message == null) {
            return "malformed document";
        }
        String s = NODE.matcher(message).replaceAll("a complex value");
        s = CLASS.matcher(s).replaceAll("a value");
        return s.replaceAll("\\s+", " ").trim();
    }
}
