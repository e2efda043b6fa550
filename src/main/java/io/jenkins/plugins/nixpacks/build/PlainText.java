package io.jenkins.plugins.nixpacks.build;

import java.util.regex.Pattern;

/**
 * Build output as a file or the Jenkins console shows it: without terminal escapes (colours, cursor moves) and
 * without the carriage-return redraws of progress bars, of which only the last state is kept, as a terminal would
 * show it.
 */
public final class PlainText {
    private PlainText() {}

    /** CSI (colours, cursor), OSC (titles, links) ended by BEL or ST, and the two-character escapes. */
    private static final Pattern ESCAPE = Pattern.compile(
            "\u001B\\[[0-?]*[ -/]*[@-~]|\u001B\\][^\u0007\u001B]*(?:\u0007|\u001B\\\\)|\u001B[()*+][0-9A-Za-z]|\u001B[78=>]|\u001B[@-Z\\\\-_]|\u009B[0-?]*[ -/]*[@-~]");

    public static String strip(String line) {
        if (line == null) {
            return null;
        }
        String s = line;
        if (s.indexOf('\u001B') >= 0 || s.indexOf('\u009B') >= 0) {
            s = ESCAPE.matcher(s).replaceAll("");
        }
        String trimmed = s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
        int cr = trimmed.lastIndexOf('\r');
        return cr >= 0 ? trimmed.substring(cr + 1) : trimmed;
    }

    /** {@code log} with every line stripped. */
    public static BuildLog of(BuildLog log) {
        return new BuildLog() {
            @Override
            public void line(String message) {
                log.line(strip(message));
            }

            @Override
            public void warn(String message) {
                log.warn(strip(message));
            }
        };
    }
}
