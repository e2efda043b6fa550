package io.jenkins.plugins.nixpacks.jenkins;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The checks behind the global configuration form, as plain values so they can be tested without Jenkins; the
 * descriptor turns a {@link Result} into a {@code FormValidation}.
 */
final class SettingsCheck {
    /** Docker network names, plus {@code container:<name>} for sharing another container's network. */
    private static final Pattern NETWORK_MODE = Pattern.compile("(container:)?[A-Za-z0-9][A-Za-z0-9_.-]*");

    private static final Pattern USER_INFO = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*://)[^/?#]*@");

    private SettingsCheck() {}

    enum Level {
        OK,
        WARNING,
        ERROR
    }

    record Result(Level level, String message) {
        static final Result OK = new Result(Level.OK, "");

        static Result warning(String message) {
            return new Result(Level.WARNING, message);
        }

        static Result error(String message) {
            return new Result(Level.ERROR, message);
        }
    }

    /** Empty means: use the Jenkins URL. Otherwise an absolute http(s) URL without credentials, query or fragment. */
    static Result receiverUrl(String value) {
        String v = trimToNull(value);
        if (v == null) {
            return Result.OK;
        }
        return httpUrl(v, "Receiver URL", "http://jenkins.internal:8080/");
    }

    /** Empty means: take the registry from each image name. Otherwise a URL with scheme, as docker.withRegistry. */
    static Result registryUrl(String value) {
        String v = trimToNull(value);
        if (v == null) {
            return Result.OK;
        }
        Result r = httpUrl(v, "Registry URL", "https://registry.example.com");
        if (r.level() == Level.OK && v.toLowerCase(Locale.ROOT).startsWith("http://")) {
            return Result.warning("Registry URL " + shown(v) + " uses plain http: the Docker engine must list it under "
                    + "insecure-registries, and the password travels unencrypted.");
        }
        return r;
    }

    /** A positive number of bytes. */
    static Result byteLimit(String value, String what) {
        String v = trimToNull(value);
        if (v == null) {
            return Result.error(what + " is empty: enter a number of bytes, e.g. 4294967296 for 4 GiB.");
        }
        long bytes;
        try {
            bytes = Long.parseLong(v);
        } catch (NumberFormatException e) {
            return Result.error(what + " '" + v + "' is not a whole number of bytes, e.g. 4294967296 for 4 GiB.");
        }
        if (bytes <= 0) {
            return Result.error(what + " must be greater than 0 bytes, but is " + bytes + ".");
        }
        return Result.OK;
    }

    /** The per-directory limit, which is pointless above the per-build limit. */
    static Result perDirectoryLimit(String perDirectory, String perBuild) {
        Result r = byteLimit(perDirectory, "Upload limit per directory");
        if (r.level() != Level.OK) {
            return r;
        }
        try {
            long dir = Long.parseLong(perDirectory.trim());
            long build = Long.parseLong(trimToNull(perBuild) == null ? "" : perBuild.trim());
            if (dir > build) {
                return Result.warning("Upload limit per directory (" + dir + " bytes) is above the limit per build ("
                        + build + " bytes), so the per-build limit applies first.");
            }
        } catch (NumberFormatException e) {
            // the per-build field shows its own error
        }
        return Result.OK;
    }

    static Result networkMode(String value) {
        String v = trimToNull(value);
        if (v == null) {
            return Result.error("Network mode is empty: enter host (the default), bridge, none, or a network name.");
        }
        if (!NETWORK_MODE.matcher(v).matches()) {
            return Result.error("Network mode '" + v + "' is not a Docker network name: use host, bridge, none, "
                    + "container:<name>, or the name of a network on the Docker host.");
        }
        return Result.OK;
    }

    /** The value as it may appear in a message: any user:password@ part masked, since it is a secret. */
    static String shown(String value) {
        return USER_INFO.matcher(value).replaceFirst("$1****@");
    }

    static String trimToNull(String value) {
        if (value == null) {
            return null;
        }
        String v = value.trim();
        return v.isEmpty() ? null : v;
    }

    private static Result httpUrl(String value, String what, String example) {
        String v = shown(value);
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            return Result.error(what + " '" + v + "' is not a URL (" + e.getReason() + "): use e.g. " + example);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Result.error(what + " '" + v + "' needs an http:// or https:// scheme, e.g. " + example);
        }
        if (uri.getHost() == null) {
            return Result.error(what + " '" + v + "' has no host name, e.g. " + example);
        }
        if (uri.getRawUserInfo() != null) {
            // Credentials in a URL end up in logs and config files; they belong in Jenkins credentials.
            return Result.error(what + " must not contain a user name or password: remove the part before '@'.");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return Result.error(what + " '" + v + "' must not have a query (?...) or fragment (#...).");
        }
        return Result.OK;
    }
}
