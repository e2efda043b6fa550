package io.jenkins.plugins.nixpacks.plan.providers;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The variables a provider may consult: the build's environment plus the plan's variables from config and
 * options. {@link #config(String)} reads Nixpacks' {@code NIXPACKS_<NAME>} settings.
 */
public final class Environment {
    private final Map<String, String> variables;

    public Environment(Map<String, String> variables) {
        this.variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
    }

    public static Environment empty() {
        return new Environment(Map.of());
    }

    /** A variable, or null. */
    public String get(String name) {
        return variables.get(name);
    }

    /** {@code NIXPACKS_<name>} without line breaks, or null when unset or blank. */
    public String config(String name) {
        String v = variables.get("NIXPACKS_" + name);
        if (v == null) {
            return null;
        }
        v = v.replace("\n", "").replace("\r", "");
        return v.isBlank() ? null : v;
    }

    /** {@code NIXPACKS_<name>} is 1 or true. */
    public boolean isTruthy(String name) {
        String v = config(name);
        return "1".equals(v) || "true".equals(v);
    }

    public Map<String, String> variables() {
        return variables;
    }
}
