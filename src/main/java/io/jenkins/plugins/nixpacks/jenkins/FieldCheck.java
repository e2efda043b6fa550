package io.jenkins.plugins.nixpacks.jenkins;

import io.jenkins.plugins.nixpacks.cache.CacheDir;
import io.jenkins.plugins.nixpacks.jenkins.SettingsCheck.Result;
import io.jenkins.plugins.nixpacks.registry.ImageReference;
import java.util.regex.Pattern;

/**
 * The checks behind the step's and the builder's form fields, as plain values (see {@link SettingsCheck}). They
 * check what can be checked before the build: a value with {@code $} is expanded at build time, so it passes here.
 */
final class FieldCheck {
    private static final Pattern WINDOWS_ABSOLUTE = Pattern.compile("^[A-Za-z]:.*");

    private FieldCheck() {}

    /** An image name such as {@code registry.example.com/team/app:1}; {@code required} makes empty an error. */
    static Result image(String value, String what, boolean required) {
        String v = SettingsCheck.trimToNull(value);
        if (v == null) {
            return required ? Result.error(what + " is required, e.g. registry.example.com/team/app:1") : Result.OK;
        }
        return oneImage(v, what);
    }

    /** Image names separated by commas or line breaks. */
    static Result images(String text, String what) {
        for (String item : OptionText.items(text)) {
            Result r = oneImage(item, what);
            if (r.level() != SettingsCheck.Level.OK) {
                return r;
            }
        }
        return Result.OK;
    }

    /** A path inside the workspace or the source folder: relative, without {@code ..}; empty is allowed. */
    static Result relativePath(String value, String what) {
        String v = SettingsCheck.trimToNull(value);
        if (v == null || expandedLater(v)) {
            return Result.OK;
        }
        if (v.startsWith("/")
                || v.startsWith("\\")
                || WINDOWS_ABSOLUTE.matcher(v).matches()) {
            return Result.error(what + " '" + v + "' is absolute; give a path relative to the workspace, e.g. app");
        }
        for (String part : v.split("[/\\\\]")) {
            if (part.equals("..")) {
                return Result.error(what + " '" + v + "' leaves the workspace with '..'; give a folder inside it.");
            }
        }
        return Result.OK;
    }

    /** Cache directories such as {@code /root/.npm} or {@code ~/.cache/pip}, separated by commas or line breaks. */
    static Result cacheDirectories(String text) {
        for (String item : OptionText.items(text)) {
            if (expandedLater(item)) {
                continue;
            }
            try {
                CacheDir.of(item);
            } catch (IllegalArgumentException e) {
                return Result.error(e.getMessage());
            }
        }
        return Result.OK;
    }

    /** {@code KEY=VALUE} lines. */
    static Result pairs(String text, String what) {
        try {
            OptionText.pairs(text, what);
            return Result.OK;
        } catch (IllegalArgumentException e) {
            return Result.error(e.getMessage());
        }
    }

    /** Empty takes the global default. */
    static Result networkMode(String value) {
        String v = SettingsCheck.trimToNull(value);
        return v == null || expandedLater(v) ? Result.OK : SettingsCheck.networkMode(v);
    }

    static Result registryUrl(String value) {
        String v = SettingsCheck.trimToNull(value);
        return v != null && expandedLater(v) ? Result.OK : SettingsCheck.registryUrl(v);
    }

    private static Result oneImage(String v, String what) {
        if (expandedLater(v)) {
            return Result.OK;
        }
        try {
            ImageReference.parse(v);
            return Result.OK;
        } catch (IllegalArgumentException e) {
            return Result.error(what + ": " + e.getMessage());
        }
    }

    /** Freestyle expands {@code $VAR} and {@code ${VAR}} at build time; the value can only be checked then. */
    private static boolean expandedLater(String v) {
        return v.indexOf('$') >= 0;
    }
}
