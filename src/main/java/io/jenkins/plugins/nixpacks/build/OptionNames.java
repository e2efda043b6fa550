package io.jenkins.plugins.nixpacks.build;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a front end calls the core's options. The core writes its messages with the option names of
 * {@link BuildOptions} (which are the Jenkins step's); the runner gives its flags here, so a runner user reads
 * {@code --cache-image}, never a Jenkins word.
 */
public final class OptionNames implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The core's own names: the Jenkins step and builder use them as they are. */
    public static final OptionNames CORE = new OptionNames(Map.of());

    private final Map<String, String> names;
    private transient Pattern pattern;

    private OptionNames(Map<String, String> names) {
        this.names = new LinkedHashMap<>(names);
    }

    /** {@code names}: core option name (a {@link BuildOptions} field, or a quoted word such as 'path') to the front end's. */
    public static OptionNames of(Map<String, String> names) {
        return new OptionNames(names);
    }

    /** {@code text} with every core option name, as a whole word, in the front end's words. */
    public String apply(String text) {
        if (text == null || names.isEmpty()) {
            return text;
        }
        Matcher m = pattern().matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(names.get(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A log whose lines are written in the front end's words. */
    public BuildLog wrap(BuildLog log) {
        if (names.isEmpty()) {
            return log;
        }
        return new BuildLog() {
            @Override
            public void line(String message) {
                log.line(apply(message));
            }

            @Override
            public void warn(String message) {
                log.warn(apply(message));
            }
        };
    }

    private Pattern pattern() {
        if (pattern == null) {
            List<String> keys = new ArrayList<>(names.keySet());
            // Longest first, so "cacheImage" is not read as a part of a longer name.
            keys.sort(Comparator.comparingInt(String::length).reversed());
            List<String> quoted = keys.stream().map(Pattern::quote).toList();
            // A whole word of prose: not part of a longer name, a path or a file name.
            pattern = Pattern.compile(
                    "(?<![A-Za-z0-9_./-])(" + String.join("|", quoted) + ")(?![A-Za-z0-9_/-]|\\.[A-Za-z0-9])");
        }
        return pattern;
    }
}
