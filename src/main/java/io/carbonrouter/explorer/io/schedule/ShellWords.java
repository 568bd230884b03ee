package io.carbonrouter.explorer.io.schedule;

import java.util.regex.Pattern;

/** Words of a printed shell command, quoted for POSIX shells so that pasting the line runs only that command. */
final class ShellWords {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=@%+,-]+");

    private ShellWords() {
    }

    /** The word as it is when it holds nothing a shell reads specially, else in single quotes. */
    static String quote(String word) {
        if (PLAIN.matcher(word).matches()) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
