package io.jenkins.plugins.nixpacks.dockerfile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.nixpacks.plan.PlanException;
import java.util.List;
import java.util.regex.Pattern;

/** Quoting and validation for the values a plan puts into Dockerfile lines. */
final class DockerSyntax {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern IMAGE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/:@-]*");
    private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern APT_PACKAGE =
            Pattern.compile("[a-z0-9][a-z0-9.+-]*(=[A-Za-z0-9.+~:-]+)?(:[a-z0-9]+)?");
    private static final Pattern NIX_ATTRIBUTE = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.+-]*");
    private static final Pattern COPY_SOURCE = Pattern.compile("[A-Za-z0-9._*?@+=,-][A-Za-z0-9._*?@+=,/-]*");
    private static final Pattern USER = Pattern.compile("[a-z_][a-z0-9_-]*|[0-9]+(:[0-9]+)?");
    private static final Pattern ASSET = Pattern.compile("[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*");

    private DockerSyntax() {}

    /** A JSON array for the exec form of RUN and CMD. */
    static String execForm(List<String> args) {
        try {
            StringBuilder b = new StringBuilder("[");
            for (String arg : args) {
                if (b.length() > 1) {
                    b.append(", ");
                }
                b.append(JSON.writeValueAsString(arg));
            }
            return b.append(']').toString();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a JSON array of strings", e);
        }
    }

    static String image(String image, String what) throws PlanException {
        if (image == null || !IMAGE.matcher(image).matches()) {
            throw new PlanException("The " + what + " '" + image + "' is not an image name (such as node:20-bookworm"
                    + " or registry.example.com/team/base:1).");
        }
        return image;
    }

    static String variableName(String name) throws PlanException {
        if (!VARIABLE.matcher(name).matches()) {
            throw new PlanException("Variable name '" + name + "' is not usable in a Dockerfile; use letters, digits"
                    + " and _ and do not start with a digit.");
        }
        return name;
    }

    /** A double-quoted Dockerfile word whose value is taken literally (no variable substitution). */
    static String literal(String value, String what) throws PlanException {
        noLineBreak(value, what);
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("$", "\\$") + "\"";
    }

    /** A double-quoted Dockerfile word where {@code $VAR} still expands, for PATH entries. */
    static String expanding(String value, String what) throws PlanException {
        noLineBreak(value, what);
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static void noLineBreak(String value, String what) throws PlanException {
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0 || value.indexOf('\0') >= 0) {
            throw new PlanException(what + " contains a line break, which a Dockerfile line cannot hold.");
        }
    }

    static String aptPackage(String pkg) throws PlanException {
        if (!APT_PACKAGE.matcher(pkg).matches()) {
            throw new PlanException("'" + pkg + "' is not a Debian package name (aptPkgs).");
        }
        return pkg;
    }

    static String nixAttribute(String pkg) throws PlanException {
        if (!NIX_ATTRIBUTE.matcher(pkg).matches()) {
            throw new PlanException("Nix package '" + pkg + "' is not a plain attribute name; this generator"
                    + " installs Nix packages with nix-env -iA and cannot use expressions.");
        }
        return pkg;
    }

    /** A relative path for COPY: no leading slash, no {@code ..}, nothing a Dockerfile would misread. */
    static String copySource(String file, String what) throws PlanException {
        String f = file.startsWith("./") ? file.substring(2) : file;
        if (!COPY_SOURCE.matcher(f).matches()
                || f.equals("..")
                || f.startsWith("../")
                || f.contains("/../")
                || f.endsWith("/..")) {
            throw new PlanException(what + " '" + file + "' is not a plain relative path inside the source folder.");
        }
        return f;
    }

    static String user(String user) throws PlanException {
        if (!USER.matcher(user).matches()) {
            throw new PlanException("start.user '" + user + "' is not a user name or uid.");
        }
        return user;
    }

    static String assetName(String name) throws PlanException {
        if (!ASSET.matcher(name).matches() || name.contains("..")) {
            throw new PlanException("Static asset name '" + name + "' is not a plain relative file name.");
        }
        return name;
    }
}
