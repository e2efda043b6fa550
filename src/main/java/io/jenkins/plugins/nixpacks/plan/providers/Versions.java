package io.jenkins.plugins.nixpacks.plan.providers;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Version strings from version files and manifests, reduced to what an image tag needs. */
final class Versions {
    private static final Pattern MAJOR_MINOR = Pattern.compile("(\\d+)(?:\\.(\\d+))?");

    private Versions() {}

    /** The first number, e.g. 20 from {@code ^20.10.0}, {@code >=20}, {@code v20}; null when there is none. */
    static Integer major(String spec) {
        if (spec == null) {
            return null;
        }
        Matcher m = MAJOR_MINOR.matcher(spec);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** "X.Y" from the first version in the text, e.g. 3.11 from {@code python-3.11.4}; null without a minor. */
    static String majorMinor(String spec) {
        if (spec == null) {
            return null;
        }
        Matcher m = MAJOR_MINOR.matcher(spec);
        if (m.find() && m.group(2) != null) {
            return m.group(1) + "." + m.group(2);
        }
        return null;
    }
}
