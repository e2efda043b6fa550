package io.jenkins.plugins.nixpacks.plan.providers;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two things providers read from YAML manifests (pubspec.yaml, shard.yml, package.yaml): a top-level scalar and
 * the keys one level under a top-level key. Enough for those files' simple layout; no YAML library for it.
 */
final class Yaml {
    private Yaml() {}

    /** A top-level {@code key: value}, unquoted, or null. */
    static String scalar(String text, String key) {
        Matcher m = Pattern.compile(
                        "(?m)^" + Pattern.quote(key) + ":[ \\t]*['\"]?([^'\"#\\r\\n]*?)['\"]?[ \\t]*(#.*)?$")
                .matcher(text);
        return m.find() && !m.group(1).isBlank() ? m.group(1).trim() : null;
    }

    /** The keys directly under a top-level {@code key:} block, in order. */
    static List<String> childKeys(String text, String key) {
        List<String> keys = new ArrayList<>();
        boolean inside = false;
        int indent = -1;
        for (String line : text.split("\\r?\\n")) {
            if (line.isBlank() || line.trim().startsWith("#")) {
                continue;
            }
            int lead = line.length() - line.stripLeading().length();
            if (lead == 0) {
                inside = line.startsWith(key + ":");
                indent = -1;
                continue;
            }
            if (!inside) {
                continue;
            }
            if (indent < 0) {
                indent = lead;
            }
            Matcher m = Pattern.compile("^['\"]?([^'\":]+)['\"]?:").matcher(line.strip());
            if (lead == indent && m.find()) {
                keys.add(m.group(1).trim());
            }
        }
        return keys;
    }
}
