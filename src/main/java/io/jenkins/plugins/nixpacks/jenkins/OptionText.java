package io.jenkins.plugins.nixpacks.jenkins;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lists and maps of options as the forms write them: a list is items separated by commas or line breaks, a map is
 * one {@code KEY=VALUE} per line. Pipeline passes lists (and, for the map options, lists of {@code KEY=value} or a
 * Groovy map), whose elements may be GStrings or numbers; {@link #cleanList}, {@link #pairsOf} and {@link #cleanMap}
 * make them plain strings.
 */
final class OptionText {
    private OptionText() {}

    /** Items separated by commas or line breaks, trimmed, blanks dropped. */
    static List<String> items(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        String t = text.trim();
        // An empty list in a form falls back to the list's toString() in Jelly, which is "[]".
        if (t.equals("[]")) {
            return out;
        }
        for (String item : t.split("[,\\r\\n]+")) {
            String s = item.trim();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * {@code KEY=VALUE} lines; blank lines and lines starting with {@code #} are skipped, the key is trimmed, the
     * value is kept as written (it may contain {@code =}).
     *
     * @throws IllegalArgumentException naming the option and the line that has no key
     */
    static Map<String, String> pairs(String text, String option) {
        Map<String, String> out = new LinkedHashMap<>();
        if (text == null || text.trim().equals("[:]") || text.trim().equals("{}")) {
            return out;
        }
        String[] lines = text.split("\\r?\\n|\\r");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            String key = eq < 0 ? "" : line.substring(0, eq).trim();
            if (key.isEmpty()) {
                throw new IllegalArgumentException(option + ", line " + (i + 1) + ": '" + line.strip()
                        + "' is not KEY=VALUE; write one KEY=VALUE per line.");
            }
            out.put(key, line.substring(eq + 1));
        }
        return out;
    }

    /** The form's text of a list: one item per line. */
    static String lines(Collection<String> items) {
        return items == null ? "" : String.join("\n", items);
    }

    /** The form's text of a map: one {@code KEY=VALUE} per line. */
    static String lines(Map<String, String> map) {
        if (map == null) {
            return "";
        }
        List<String> out = new ArrayList<>();
        map.forEach((k, v) -> out.add(k + "=" + v));
        return String.join("\n", out);
    }

    /** A list from Pipeline, as trimmed strings without blanks. */
    static List<String> cleanList(Collection<?> items) {
        List<String> out = new ArrayList<>();
        if (items != null) {
            for (Object o : items) {
                String s = o == null ? "" : String.valueOf(o).trim();
                if (!s.isEmpty()) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    /**
     * A map from Pipeline, as strings; keys trimmed, values as given ({@code null} becomes empty).
     *
     * @throws IllegalArgumentException for an empty key, naming the option
     */
    static Map<String, String> cleanMap(Map<?, ?> map, String option) {
        Map<String, String> out = new LinkedHashMap<>();
        if (map != null) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key =
                        e.getKey() == null ? "" : String.valueOf(e.getKey()).trim();
                if (key.isEmpty()) {
                    throw new IllegalArgumentException(option + " has an entry without a key; every entry needs "
                            + "a name, e.g. [NODE_ENV: 'production'].");
                }
                out.put(key, e.getValue() == null ? "" : String.valueOf(e.getValue()));
            }
        }
        return out;
    }

    /**
     * {@code KEY=value} strings from Pipeline ({@code ['NODE_ENV=production']}), as {@code withEnv} takes them; the
     * key is trimmed, the value kept as written (it may contain {@code =}); blank entries are skipped.
     *
     * @throws IllegalArgumentException naming the option and the entry that has no key
     */
    static Map<String, String> pairsOf(Collection<?> entries, String option) {
        Map<String, String> out = new LinkedHashMap<>();
        if (entries == null) {
            return out;
        }
        for (Object entry : entries) {
            String s = entry == null ? "" : String.valueOf(entry);
            if (s.isBlank()) {
                continue;
            }
            int eq = s.indexOf('=');
            String key = eq < 0 ? "" : s.substring(0, eq).trim();
            if (key.isEmpty()) {
                throw new IllegalArgumentException(option + ": '" + s.strip() + "' is not KEY=value; write e.g. "
                        + option + ": ['NODE_ENV=production'].");
            }
            out.put(key, s.substring(eq + 1));
        }
        return out;
    }

    /** A map as {@code KEY=value} strings, in its order. */
    static List<String> pairList(Map<String, String> map) {
        List<String> out = new ArrayList<>();
        if (map != null) {
            map.forEach((k, v) -> out.add(k + "=" + v));
        }
        return out;
    }

    /** A tri-state form value: "true", "false", or anything else (blank) for automatic. */
    @SuppressFBWarnings(value = "NP_BOOLEAN_RETURN_NULL", justification = "null is the third state: automatic")
    static Boolean triState(String value) {
        String v = value == null ? "" : value.trim();
        return v.equals("true") ? Boolean.TRUE : v.equals("false") ? Boolean.FALSE : null;
    }

    static String trimToNull(String value) {
        return SettingsCheck.trimToNull(value);
    }
}
