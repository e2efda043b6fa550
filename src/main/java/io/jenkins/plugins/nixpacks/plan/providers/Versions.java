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

    /**
     * The newest of {@code supported} majors that a semver range satisfies ({@code >=18}, {@code ^20 || ^22},
     * {@code 18.x}, {@code >=18 <23}, {@code 20 - 22}); null when none does or the range cannot be read.
     */
    /** Orders two {@code major.minor} versions ({@code 1.9} before {@code 1.26}); a missing minor counts as 0. */
    static int compare(String a, String b) {
        Matcher x = MAJOR_MINOR.matcher(a);
        Matcher y = MAJOR_MINOR.matcher(b);
        if (!x.lookingAt() || !y.lookingAt()) {
            throw new IllegalArgumentException("not a major.minor version: " + (x.lookingAt() ? b : a));
        }
        int major = Integer.compare(Integer.parseInt(x.group(1)), Integer.parseInt(y.group(1)));
        if (major != 0) {
            return major;
        }
        return Integer.compare(
                x.group(2) == null ? 0 : Integer.parseInt(x.group(2)),
                y.group(2) == null ? 0 : Integer.parseInt(y.group(2)));
    }

    static Integer newestSatisfying(String range, java.util.List<Integer> supported) {
        if (range == null || range.isBlank()) {
            return null;
        }
        Integer best = null;
        for (int major : supported) {
            if (satisfies(range.trim(), major) && (best == null || major > best)) {
                best = major;
            }
        }
        return best;
    }

    private static boolean satisfies(String range, int major) {
        for (String alternative : range.split("\\|\\|")) {
            String alt = alternative.trim();
            Matcher hyphen =
                    Pattern.compile("^v?(\\d+)\\S*\\s+-\\s+v?(\\d+)\\S*$").matcher(alt);
            if (hyphen.matches()) {
                if (major >= Integer.parseInt(hyphen.group(1)) && major <= Integer.parseInt(hyphen.group(2))) {
                    return true;
                }
                continue;
            }
            boolean all = !alt.isEmpty();
            for (String part : alt.replaceAll("(>=|<=|>|<|=|\\^|~)\\s+", "$1").split("\\s+")) {
                if (!satisfiesOne(part, major)) {
                    all = false;
                    break;
                }
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static boolean satisfiesOne(String part, int major) {
        if (part.equals("*") || part.equalsIgnoreCase("x") || part.equalsIgnoreCase("latest")) {
            return true;
        }
        Matcher m = Pattern.compile("^(>=|<=|>|<|=|\\^|~)?v?(\\d+)(?:\\.(\\d+|x|\\*))?(?:\\.(\\d+|x|\\*))?$")
                .matcher(part);
        if (!m.matches()) {
            return false;
        }
        String op = m.group(1) == null ? "" : m.group(1);
        int v = Integer.parseInt(m.group(2));
        // node-semver: >20 is >=21.0.0 but >20.1 is met by 20.2; <20 is <20.0.0 but <20.1 is met by 20.0.
        boolean minor =
                m.group(3) != null && m.group(3).matches("\\d+") && !m.group(3).equals("0");
        return switch (op) {
            case ">=" -> major >= v;
            case ">" -> minor ? major >= v : major > v;
            case "<" -> minor ? major <= v : major < v;
            case "<=" -> major <= v;
            default -> major == v;
        };
    }

    /** The version {@code .tool-versions} (asdf, mise) gives a tool, e.g. {@code nodejs 22.1.0}; null without. */
    static String toolVersion(App app, String... tools) {
        for (String line : app.readTextOrEmpty(".tool-versions").split("\\r?\\n")) {
            String[] words = line.trim().split("\\s+");
            if (words.length >= 2) {
                for (String tool : tools) {
                    if (words[0].equals(tool)) {
                        return words[1];
                    }
                }
            }
        }
        return null;
    }
}
